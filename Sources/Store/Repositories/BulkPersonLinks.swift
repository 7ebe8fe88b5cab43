import Cases
import Foundation
import Linkage

/// A confirmation, loaded in bulk, that a person is the same as one recorded earlier in another
/// case (demo data, imports of decisions already taken elsewhere).
public struct BulkPersonLink: Sendable {
    public let id: String
    public let person: (id: String, identity: PersonIdentity, sex: CasePerson.Sex?)
    public let earlier: (id: String, identity: PersonIdentity, sex: CasePerson.Sex?)
    /// The agency whose caseworker confirmed it.
    public let agencyID: String
    /// When, as a stored timestamp.
    public let at: String

    public init(id: String, person: (id: String, identity: PersonIdentity, sex: CasePerson.Sex?),
                earlier: (id: String, identity: PersonIdentity, sex: CasePerson.Sex?), agencyID: String, at: String) {
        self.id = id
        self.person = person
        self.earlier = earlier
        self.agencyID = agencyID
        self.at = at
    }
}

/// Link and history rows of a bulk load, ready to write.
struct PreparedPersonLinks: Sendable {
    var links: [[SQLValue]] = []
    var history: [[SQLValue]] = []
}

extension PersonMatchRepository {
    /// The rows for `writeBulkLinks`: each pair scored as the matcher would score it with the
    /// starting model for a store of `population` persons (the term counts of a store still being
    /// loaded mean little yet), one part per core. A pair the matcher would not offer
    /// (below `shownProbability`) is left out: a caseworker could not have confirmed it.
    func prepareBulkLinks(_ links: [BulkPersonLink], population: Int) -> PreparedPersonLinks {
        let matcher = PersonMatcher(model: .starting(population: max(population, 2)))
        let parts = parallelChunks(links.count, minimumChunk: 200) { range in
            var part = PreparedPersonLinks()
            for l in links[range] {
                let a = PersonMatchIndex.record(id: l.person.id, identity: l.person.identity, sex: l.person.sex)
                let b = PersonMatchIndex.record(id: l.earlier.id, identity: l.earlier.identity, sex: l.earlier.sex)
                let probability = matcher.rank(a, candidates: [b], population: max(population, 2), counts: [:], limit: 1,
                                               minimumProbability: 0).first?.probability ?? 0
                guard probability >= Self.shownProbability else { continue }
                let (first, second) = PersonLink.pair(l.person.id, l.earlier.id)
                part.links.append([.text(l.id), .text(first), .text(second), .text(PersonLinkStatus.confirmed.rawValue),
                                   .double(probability), .int(1), .text(l.at)])
                part.history.append([.text(l.id), .int(1), .text(PersonLinkAction.confirm.rawValue), .null, .text(l.agencyID),
                                     .null, .text(l.at)])
            }
            return part
        }
        return PreparedPersonLinks(links: parts.flatMap(\.links), history: parts.flatMap(\.history))
    }

    /// Writes prepared links in one transaction; both persons must be stored already.
    func writeBulkLinks(_ p: PreparedPersonLinks) async throws {
        guard !p.links.isEmpty else { return }
        try await db.transaction { tx in
            try await tx.executeBatch("""
                INSERT INTO person_links (id, person_a, person_b, status, probability, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, p.links)
            try await tx.executeBatch("""
                INSERT INTO person_link_history (link_id, version, action, user_id, agency_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, p.history)
        }
    }
}
