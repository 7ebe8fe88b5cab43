import Cases
import Foundation
import Networks
import Security

extension NetworkRepository {
    /// An entity's row, ready to write.
    struct PendingMention: Sendable {
        let id: String
        let type: EntityType
        let provider: String?
        let role: String?
        let matchKey: Int64?
        let malformed: Bool
        let personID: String?
        let value: String
        let nameKeys: [Int64]
    }

    /// Other cases beyond which an identifier is taken for a hub (a bus terminal, a shelter, a
    /// big agency's account): their agencies are not each told of one more case naming it.
    static let notifyLimit = 20

    /// Records an entity in a case, with the identifiers that go with it (an agency's NIB and
    /// SIP3MI, each held by it), and tells the agencies of other cases naming the same
    /// identifier that their case is now linked. Answers the entity and where it is seen.
    public func add(_ e: ValidEntity, toCase caseID: String, by viewer: Viewer, now: Date = Date()) async throws -> EntityAdded {
        let involved = try await visibleCase(caseID, viewer: viewer)
        guard AccessPolicy.mayAddPerson(viewer, involvedAgencies: involved) else { throw AccessDenied() }
        try await checkSuspect(e.suspectID, caseID: caseID)
        try await checkHolder(e.heldBy, caseID: caseID)
        var pending = [pendingMention(type: e.type, provider: e.provider, role: e.role?.rawValue, personID: e.suspectID, value: e.value)]
        if let nib = e.nib { pending.append(pendingMention(type: .businessNumber, provider: nil, role: nil, personID: nil, value: nib)) }
        if let licence = e.licence { pending.append(pendingMention(type: .agencyLicence, provider: nil, role: nil, personID: nil, value: licence)) }
        let keys = Set(pending.compactMap(\.matchKey))
        let already = try await keysOf(caseID: caseID, among: Array(keys))
        let joining = try await otherCases(of: Array(keys.subtracting(already)), excluding: caseID, limit: Self.notifyLimit + 1)
        let notices = try await linkNotices(pending, joining: joining, caseID: caseID, viewer: viewer)
        let stamp = Timestamp.string(now)
        let main = pending[0]
        let rows = try pending.map { p -> [SQLValue] in
            [.text(p.id), .text(caseID), .text(p.type.rawValue), .optional(p.provider), .optional(p.role), p.matchKey.map { .int($0) } ?? .null,
             .bool(p.malformed), .optional(p.personID), .blob(try seal(p.value, id: p.id)), .optional(e.firstSeen?.description),
             .optional(e.lastSeen?.description), .text(viewer.agencyID), .text(viewer.userID), .text(stamp)]
        }
        var links: [[SQLValue]] = []
        if let holder = e.heldBy { links.append(linkRow(caseID, holder, main.id, "owns", viewer, stamp)) }
        for p in pending.dropFirst() { links.append(linkRow(caseID, main.id, p.id, "owns", viewer, stamp)) }
        let names = pending.flatMap { p in p.nameKeys.map { [SQLValue.int($0), .text(p.id)] } }
        let otherCount = Set(joining.values.joined()).count
        let written = pending, linkRows = links
        try await db.transaction { tx in
            try await tx.executeBatch(Self.insertMentionSQL, rows)
            if !linkRows.isEmpty { try await tx.executeBatch(Self.insertLinkSQL, linkRows) }
            if !names.isEmpty { try await tx.executeBatch(Self.insertNameKeySQL, names) }
            try await tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [.text(stamp), .text(caseID)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "network.entity.add",
                                              caseID: caseID, detail: "\(main.type.rawValue) \(main.id)\(main.malformed ? " malformed" : "")"
                                                  + " with \(written.count - 1) identifiers; newly shared with \(otherCount) other cases"),
                                   in: tx, at: now)
            for n in notices { try await CoordinationRepository.insertNotice(n.notice, in: tx) }
            try await unusualVolume.check(viewer, in: tx, now: now)
        }
        let stored = try await db.query("SELECT * FROM network_mentions WHERE id IN (\(Self.placeholders(pending.count)))", pending.map { .text($0.id) })
        let mentions = try pending.compactMap { p in try stored.first { $0.optionalText("id") == p.id }.map { try mention($0, showValue: true) } }
        let seen = try await seenElsewhere(of: pending.compactMap { p in p.matchKey.map { (p.id, $0) } }, excluding: caseID, viewer: viewer)
        return EntityAdded(mentions: mentions, seen: seen, notified: Self.distinct(notices.map(\.agency)))
    }

    /// Identifiers one user enters in an hour beyond which the task force is alerted: each
    /// answers where it is seen, so typing many is a way to probe other agencies' cases.
    public static let unusualEntriesPerHour = 60

    var unusualVolume: UnusualVolume {
        UnusualVolume(audit: audit, action: "network.entity.add", alertAction: "security.network_volume", perHour: Self.unusualEntriesPerHour,
                      what: ("entitas jaringan dicatat", "network entities entered"))
    }

    static let insertMentionSQL = """
        INSERT INTO network_mentions (id, case_id, entity_type, provider, role, match_key, malformed, person_id, value,
            first_seen, last_seen, agency_id, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let insertNameKeySQL = "INSERT INTO network_name_keys (name_key, mention_id) VALUES (?, ?)"

    static let insertLinkSQL = """
        INSERT INTO network_links (id, case_id, source_id, target_id, kind, day, n, amount, agency_id, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    func linkRow(_ caseID: String, _ source: String, _ target: String, _ kind: String, _ viewer: Viewer, _ stamp: String,
                 day: String? = nil, count: Int = 1, amount: Int64? = nil) -> [SQLValue] {
        [.text(UUID().uuidString.lowercased()), .text(caseID), .text(source), .text(target), .text(kind), .optional(day), .int(count),
         amount.map { .int($0) } ?? .null, .text(viewer.agencyID), .text(viewer.userID), .text(stamp)]
    }

    func pendingMention(type: EntityType, provider: String?, role: String?, personID: String?, value: String) -> PendingMention {
        let identifier = type.identifierKind(provider: provider).map { Identifier.normalise(kind: $0, raw: value) }
        let nameKeys = type.isNamed && personID == nil ? nameDigest.int64s(Self.nameTerms(value, type: type)) : []
        return PendingMention(id: UUID().uuidString.lowercased(), type: type, provider: provider, role: role,
                              matchKey: identifier?.key.map(matchKey), malformed: identifier?.problem != nil, personID: personID,
                              value: value, nameKeys: nameKeys)
    }

    /// A name's words, spelling-folded as person search folds them; a company's legal form
    /// ("PT", "CV", "Sdn Bhd") says nothing about which company it is and is left out.
    static func nameTerms(_ name: String, type: EntityType) -> [String] {
        let forms: Set<String> = type == .person ? [] : Set(PersonSearchIndex.nameWords("PT CV TBK SDN BHD LTD CO UD PERSERO INC"))
        return Array(Set(PersonSearchIndex.nameWords(name).filter { !forms.contains($0) })).sorted()
    }

    /// A suspect named as a person of interest must be a suspect of this very case.
    func checkSuspect(_ personID: String?, caseID: String) async throws {
        guard let personID else { return }
        let row = try await db.query("SELECT role FROM case_persons WHERE id = ? AND case_id = ?", [.text(personID), .text(caseID)]).first
        guard row?.optionalText("role") == Cases.PersonRole.suspect.rawValue else {
            throw ValidationFailure([FieldError(field: "suspectId", id: "'\(personID)' bukan tersangka dalam kasus ini.",
                                                en: "'\(personID)' is not a suspect in this case.")])
        }
    }

    /// The holder of an identifier must be a person, agency or company of this very case.
    func checkHolder(_ mentionID: String?, caseID: String) async throws {
        guard let mentionID else { return }
        let row = try await db.query("SELECT entity_type FROM network_mentions WHERE id = ? AND case_id = ?", [.text(mentionID), .text(caseID)]).first
        guard let type = row?.optionalText("entity_type").flatMap(EntityType.init(rawValue:)), type.isNamed else {
            throw ValidationFailure([FieldError(field: "heldBy", id: "'\(mentionID)' bukan orang atau perusahaan dalam kasus ini.",
                                                en: "'\(mentionID)' is not a person or company in this case.")])
        }
    }

    /// Which of `keys` the case names already.
    func keysOf(caseID: String, among keys: [Int64]) async throws -> Set<Int64> {
        guard !keys.isEmpty else { return [] }
        let rows = try await db.query("SELECT DISTINCT match_key FROM network_mentions WHERE case_id = ? AND match_key IN (\(Self.placeholders(keys.count)))",
                                      [.text(caseID)] + keys.map { .int($0) })
        return Set(rows.compactMap { $0["match_key"].int64 })
    }

    /// For each key, the other cases naming it: at most `limit`, read off the key's index.
    func otherCases(of keys: [Int64], excluding caseID: String, limit: Int) async throws -> [Int64: [String]] {
        var out: [Int64: [String]] = [:]
        for start in stride(from: 0, to: keys.count, by: 50) {
            let part = Array(keys[start..<min(start + 50, keys.count)])
            let sql = part.indices.map { i in
                "SELECT * FROM (SELECT DISTINCT match_key, case_id FROM network_mentions WHERE match_key = ? AND case_id <> ? LIMIT ?) AS k\(i)"
            }.joined(separator: " UNION ALL ")
            for r in try await db.query(sql, part.flatMap { [SQLValue.int($0), .text(caseID), .int(limit)] }) {
                if let k = r["match_key"].int64 { out[k, default: []].append(try r.text("case_id")) }
            }
        }
        return out
    }
}

