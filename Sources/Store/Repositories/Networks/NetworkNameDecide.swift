import Cases
import Foundation
import Networks
import Security

extension NetworkRepository {
    /// Records that a name of this case and one in another case are the same, are not, or that
    /// the investigator is unsure; or undoes the last decision. Only a pair the page offers (the
    /// names share a word) or one decided before can be decided on, and only if the decision is
    /// still at `expectedVersion` (0: none yet). The other case's agencies are told of a
    /// confirmation, by type and case number, never by name.
    public func decideName(mentionID: String, otherID: String, action: NameMatchAction, expectedVersion: Int, note: String?,
                           by viewer: Viewer, now: Date = Date()) async throws -> NameMatchDecision {
        let notOffered = ValidationFailure([FieldError(field: "other", id: "'\(otherID)' bukan nama yang disarankan untuk entitas ini.",
                                                       en: "'\(otherID)' is not a name suggested for this entity.")])
        guard let mine = try await db.query("SELECT * FROM network_mentions WHERE id = ?", [.text(mentionID)]).first else {
            throw StoreError.notFound("entity \(mentionID)")
        }
        let caseID = try mine.text("case_id")
        let involved = try await visibleCase(caseID, viewer: viewer)
        guard AccessPolicy.mayAddPerson(viewer, involvedAgencies: involved) else { throw AccessDenied() }
        guard try Self.isNamed(mine) else { throw notOffered }
        let offered = try await nameSuggestions(caseID: caseID, mentions: [mine], viewer: viewer)
        guard let other = offered.first(where: { $0.otherID == otherID }) else { throw notOffered }
        let (first, second) = mentionID < otherID ? (mentionID, otherID) : (otherID, mentionID)
        let stamp = Timestamp.string(now)
        let trimmed = note.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000)) }.flatMap { $0.isEmpty ? nil : $0 }
        let otherCase = try await db.query("SELECT case_id FROM network_mentions WHERE id = ?", [.text(otherID)]).first?.text("case_id") ?? ""
        let summary = try await cases.summaries(caseIDs: [otherCase])[otherCase]
        let sealed = SealedText(cipher: cipher)
        let contradicts = action == .confirm ? try await rejectionsContradicted(mentionID, otherID) : 0
        let linkID: String = try await db.transaction { tx in
            let row = try await tx.query("SELECT id, status, version FROM network_name_links WHERE mention_a = ? AND mention_b = ?",
                                         [.text(first), .text(second)]).first
            let version = row?.optionalInt("version") ?? 0
            guard version == expectedVersion else {
                throw StoreError.conflict("name decision is at version \(version), the form was made at \(expectedVersion)")
            }
            let next = try action.apply(to: try row.map { NameMatchStatus(rawValue: try $0.text("status")) ?? .undone })
            let id = try row?.text("id") ?? UUID().uuidString.lowercased()
            if row == nil {
                try await tx.execute("INSERT INTO network_name_links (id, mention_a, mention_b, status, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)",
                                     [.text(id), .text(first), .text(second), .text(next.rawValue), .text(stamp)])
            } else {
                try await tx.execute("UPDATE network_name_links SET status = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
                                     [.text(next.rawValue), .int(version + 1), .text(stamp), .text(id), .int(version)])
            }
            try await tx.execute("""
                INSERT INTO network_name_link_history (link_id, version, action, user_id, agency_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .int(version + 1), .text(action.rawValue), .text(viewer.userID), .text(viewer.agencyID),
                      .optional(try trimmed.map { try sealed.seal($0, context: Self.nameNoteContext(id, version + 1)) }), .text(stamp)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "network.name.\(action.rawValue)",
                                              caseID: caseID, detail: "\(mentionID) with \(otherID) → \(next.rawValue)"
                                                  + (contradicts > 0 ? ", contradicting \(contradicts) earlier rejections" : "")), in: tx, at: now)
            if action == .confirm, let summary {
                for agency in summary.agencies where agency.id != viewer.agencyID {
                    try await CoordinationRepository.insertNotice(Notice(agencyID: agency.id, caseID: summary.id, recordID: nil, text: (
                        id: "\(other.type.label.id) di kasus Anda \(summary.number) dikonfirmasi sama dengan yang dicatat instansi lain; kasus Anda kini terhubung.",
                        en: "A \(other.type.label.en.lowercased()) in your case \(summary.number) was confirmed the same as one another agency recorded; your case is now linked.")),
                        in: tx)
                }
            }
            return id
        }
        guard var decision = try await nameDecisions([mentionID]).first(where: { $0.value.id == linkID })?.value else {
            throw StoreError.notFound("decision \(linkID)")
        }
        decision.contradicts = contradicts
        return decision
    }

    /// Rejections that confirming `a` and `b` the same contradicts, one step away: one side was
    /// found different from an entity the other side is confirmed the same as.
    func rejectionsContradicted(_ a: String, _ b: String) async throws -> Int {
        let rows = try await db.query("""
            SELECT mention_a, mention_b, status FROM network_name_links
            WHERE status IN ('confirmed', 'rejected') AND (mention_a IN (?, ?) OR mention_b IN (?, ?))
            """, [.text(a), .text(b), .text(a), .text(b)])
        var same: [String: Set<String>] = [a: [a], b: [b]], different: [String: Set<String>] = [a: [], b: []]
        for r in rows {
            let x = try r.text("mention_a"), y = try r.text("mention_b"), confirmed = try r.text("status") == "confirmed"
            for (side, other) in [(x, y), (y, x)] where side == a || side == b {
                if confirmed { same[side]!.insert(other) } else { different[side]!.insert(other) }
            }
        }
        return different[a]!.subtracting([b]).intersection(same[b]!).count + different[b]!.subtracting([a]).intersection(same[a]!).count
    }
}
