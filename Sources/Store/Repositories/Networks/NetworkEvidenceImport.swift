import Cases
import Foundation
import Networks

/// What an evidence import loaded.
public struct EvidenceImported: Sendable {
    public let rowsLoaded: Int
    public let rejects: [RejectedEvidence]
    /// Identifiers the case did not name before.
    public let newEntities: Int
    /// Links written: one per pair of ends and day, with the rows' count and summed amount.
    public let links: Int
    /// The agencies told that their case is now linked.
    public let notified: [Agency]
}

extension NetworkRepository {
    /// Loads call records or a statement into a case: each identifier not yet named in the case
    /// becomes an entity of it (sealed as first typed, keyed for matching), and each row a link,
    /// rows of one pair on one day counted together. The agencies of other cases naming one of
    /// the new identifiers are told, as when one is typed in. Rejected rows load nothing.
    public func importEvidence(_ input: EvidenceCSV.Input, kind: EvidenceKind, toCase caseID: String, by viewer: Viewer,
                               now: Date = Date()) async throws -> EvidenceImported {
        let involved = try await visibleCase(caseID, viewer: viewer)
        guard AccessPolicy.mayAddPerson(viewer, involvedAgencies: involved) else { throw AccessDenied() }
        // The case's own entities of this type, by key: an import adds to them, never doubles them.
        var existing: [Int64: String] = [:]
        for r in try await db.query("SELECT id, match_key FROM network_mentions WHERE case_id = ? AND entity_type = ? AND match_key IS NOT NULL",
                                    [.text(caseID), .text(kind.entityType.rawValue)]) {
            if let k = r["match_key"].int64 { existing[k] = try r.text("id") }
        }
        var pending: [PendingMention] = [], idOf = existing
        var keyOf: [IdentifierKey: Int64] = [:]
        for identifier in input.rows.flatMap({ [$0.from, $0.to] }) {
            guard let key = identifier.key, keyOf[key] == nil else { continue }
            let m = matchKey(key)
            keyOf[key] = m
            guard idOf[m] == nil else { continue }
            let p = pendingMention(type: kind.entityType, provider: kind.provider, role: nil, personID: nil, value: identifier.raw)
            pending.append(p)
            idOf[m] = p.id
        }
        struct Pair: Hashable { let from: String; let to: String; let day: Day }
        var counts: [Pair: (n: Int, amount: Int64?)] = [:]
        for row in input.rows {
            guard let a = row.from.key.flatMap({ keyOf[$0] }).flatMap({ idOf[$0] }), let b = row.to.key.flatMap({ keyOf[$0] }).flatMap({ idOf[$0] })
            else { continue }
            let pair = Pair(from: a, to: b, day: row.day), old = counts[pair]
            counts[pair] = ((old?.n ?? 0) + 1, row.amount.map { (old?.amount ?? 0) + $0 } ?? old?.amount)
        }
        let joining = try await otherCases(of: pending.compactMap(\.matchKey), excluding: caseID, limit: Self.notifyLimit + 1)
        let notices = try await linkNotices(pending, joining: joining, caseID: caseID, viewer: viewer)
        let stamp = Timestamp.string(now)
        let mentionRows = try pending.map { p -> [SQLValue] in
            [.text(p.id), .text(caseID), .text(p.type.rawValue), .optional(p.provider), .null, p.matchKey.map { .int($0) } ?? .null, .bool(false),
             .null, .blob(try seal(p.value, id: p.id)), .null, .null, .text(viewer.agencyID), .text(viewer.userID), .text(stamp)]
        }
        let kindName = kind.linkKind.description, newCount = pending.count
        let linkRows = counts.sorted { ($0.key.day, $0.key.from, $0.key.to) < ($1.key.day, $1.key.from, $1.key.to) }.map { pair, value in
            linkRow(caseID, pair.from, pair.to, kindName, viewer, stamp, day: pair.day.description, count: value.n, amount: value.amount)
        }
        try await db.transaction { tx in
            if !mentionRows.isEmpty { try await tx.executeBatch(Self.insertMentionSQL, mentionRows) }
            if !linkRows.isEmpty { try await tx.executeBatch(Self.insertLinkSQL, linkRows) }
            try await tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [.text(stamp), .text(caseID)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "network.import", caseID: caseID,
                                              detail: "\(kind.entityType.rawValue): \(input.rows.count) rows loaded, \(input.rejects.count) rejected, "
                                                  + "\(newCount) new entities, \(linkRows.count) links"), in: tx, at: now)
            for n in notices { try await CoordinationRepository.insertNotice(n.notice, in: tx) }
        }
        return EvidenceImported(rowsLoaded: input.rows.count, rejects: input.rejects, newEntities: pending.count, links: linkRows.count,
                                notified: Self.distinct(notices.map(\.agency)))
    }

    /// Each agency once, by name.
    static func distinct(_ agencies: [Agency]) -> [Agency] {
        Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }).values.sorted { $0.name < $1.name }
    }
}
