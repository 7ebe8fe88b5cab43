import Cases
import Foundation
import Linkage
import Networks

/// An entity of a case for a bulk load (benchmarks, imports of earlier case files).
public struct BulkEntity: Sendable {
    public let id: String
    public let caseID: String
    public let type: EntityType
    public let provider: String?
    public let role: String?
    /// As typed: sealed, and normalised for its keyed hash.
    public let value: String
    public let agencyID: String

    public init(id: String, caseID: String, type: EntityType, provider: String? = nil, role: String? = nil, value: String, agencyID: String) {
        self.id = id; self.caseID = caseID; self.type = type; self.provider = provider; self.role = role; self.value = value; self.agencyID = agencyID
    }
}

/// A link between two bulk-loaded entities of one case.
public struct BulkEntityLink: Sendable {
    public let caseID: String
    public let source: String
    public let target: String
    public let kind: LinkKind
    public let day: Day?
    public let count: Int
    public let agencyID: String

    public init(caseID: String, source: String, target: String, kind: LinkKind, day: Day?, count: Int = 1, agencyID: String) {
        self.caseID = caseID; self.source = source; self.target = target; self.kind = kind; self.day = day; self.count = count; self.agencyID = agencyID
    }
}

extension NetworkRepository {
    /// Loads many entities and links in one transaction, values sealed and keyed one part per
    /// core; no notices, one audit entry for the whole load. Names get their keyed words, as an
    /// entity entered by hand does, so that they are suggested beside names of other cases.
    public func bulkInsert(entities: [BulkEntity], links: [BulkEntityLink], note: String) async throws {
        let stamp = Timestamp.now()
        let parts = try parallelChunks(entities.count, minimumChunk: 1_000) { range in Result {
            var mentions: [[SQLValue]] = [], names: [[SQLValue]] = []
            for e in entities[range] {
                let p = pendingMention(type: e.type, provider: e.provider, role: e.role, personID: nil, value: e.value)
                mentions.append([.text(e.id), .text(e.caseID), .text(e.type.rawValue), .optional(e.provider), .optional(e.role),
                                 p.matchKey.map { .int($0) } ?? .null, .bool(p.malformed), .null, .blob(try seal(e.value, id: e.id)), .null, .null,
                                 .text(e.agencyID), .null, .text(stamp)])
                names += p.nameKeys.map { [.int($0), .text(e.id)] }
            }
            return (mentions, names)
        } }.map { try $0.get() }
        let linkRows = links.map { l -> [SQLValue] in
            [.text(UUID().uuidString.lowercased()), .text(l.caseID), .text(l.source), .text(l.target), .text(l.kind.description),
             .optional(l.day?.description), .int(l.count), .null, .text(l.agencyID), .null, .text(stamp)]
        }
        try await db.transaction { tx in
            for (mentions, names) in parts where !mentions.isEmpty {
                try await tx.executeBatch(Self.insertMentionSQL, mentions)
                if !names.isEmpty { try await tx.executeBatch(Self.insertNameKeySQL, names) }
            }
            if !linkRows.isEmpty { try await tx.executeBatch(Self.insertLinkSQL, linkRows) }
            try await audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "network.bulk",
                                              detail: "\(entities.count) entities, \(links.count) links: \(note)"), in: tx)
        }
    }
}
