import Cases
import Foundation
import Networks

/// One network of cases joined by shared identifiers or confirmed names, counted.
public struct NetworkSummary: Sendable {
    /// A case of the network to open it from: one the viewer may see, or (for analysts, who see
    /// none) the first by id, which the page passes on only sealed.
    public let anchor: String
    public let cases: Int
    public let provinces: Int
    /// Identifiers named in two or more of its cases.
    public let sharedIdentifiers: Int
    /// Its cases the viewer may see.
    public let visibleCases: [CaseSummary]
}

/// The networks of the whole store before any viewer is considered, as read at one pair of
/// change numbers (M028's `networks`, M014's `cases`).
struct NetworkGroups: Sendable {
    struct Group: Sendable {
        /// Its cases, by id.
        let cases: [String]
        let summaries: [CaseSummary]
        let sharedIdentifiers: Int
    }
    let groups: [Group]
}

extension NetworkRepository {
    /// The networks of two or more cases: all of them for analysts and administrators (shapes
    /// and counts only), else those touching a case the viewer's agency holds. Largest first.
    /// Joins through identifiers named in at most `hubLimit` cases and through confirmed names.
    /// The scan of the shared keys behind it is kept while the store's network and case change
    /// numbers stand, so views between two changes read only those numbers.
    public func overview(viewer: Viewer, limit: Int = 100) async throws -> [NetworkSummary] {
        let all = viewer.role == .analyst || viewer.role == .administrator
        var out: [NetworkSummary] = []
        for group in try await groups().groups {
            let found = group.summaries
            let visible = viewer.role == .analyst ? [] : found.filter { AccessPolicy.maySeeCase(viewer, involvedAgencies: $0.involvedAgencyIDs) }
            let own = found.contains { $0.involvedAgencyIDs.contains(viewer.agencyID) }
            guard all || own else { continue }
            out.append(NetworkSummary(anchor: visible.first?.id ?? group.cases[0], cases: group.cases.count, provinces: Set(found.map(\.provinceCode)).count,
                                      sharedIdentifiers: group.sharedIdentifiers, visibleCases: visible.sorted { $0.number < $1.number }))
        }
        out.sort { ($0.cases, $0.sharedIdentifiers, $1.anchor) > ($1.cases, $1.sharedIdentifiers, $0.anchor) }
        try await audit.record(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "network.overview",
                                          detail: "\(out.count) networks listed"))
        return Array(out.prefix(limit))
    }

    /// The store's networks, from the cache when the change numbers it was read at still stand.
    /// The numbers are read before the scan: a change committed during it makes the kept value
    /// look older than it is, never newer, so it is read again at the next view.
    func groups() async throws -> NetworkGroups {
        guard let cache = groupsCache else { return try await scanGroups() }
        var numbers: [String: Int64] = [:]
        for r in try await db.query("SELECT name, value FROM change_counters WHERE name IN ('cases', 'networks')", []) {
            numbers[try r.text("name")] = r["value"].int64
        }
        guard let cases = numbers["cases"], let networks = numbers["networks"] else { throw StoreError.corrupt("the change counters are missing") }
        if let kept = cache.value(cases, version: networks) { return kept }
        let groups = try await scanGroups()
        cache.keep(groups, cases, version: networks)
        return groups
    }

    /// Reads every shared key once: a scan of the keys' index.
    func scanGroups() async throws -> NetworkGroups {
        var union = NodeUnion(), sharedBy: [String: Set<Int64>] = [:]
        for r in try await db.query("""
            SELECT match_key, case_id FROM network_mentions WHERE match_key IN (
                SELECT match_key FROM network_mentions WHERE match_key IS NOT NULL GROUP BY match_key HAVING COUNT(DISTINCT case_id) BETWEEN 2 AND ?)
            ORDER BY match_key, case_id
            """, [.int(Self.hubLimit)]) {
            guard let key = r["match_key"].int64 else { continue }
            let c = try r.text("case_id")
            union.join("key:\(key)", c)
            sharedBy[c, default: []].insert(key)
        }
        for r in try await db.query("""
            SELECT ma.case_id AS case_a, mb.case_id AS case_b FROM network_name_links l
            JOIN network_mentions ma ON ma.id = l.mention_a JOIN network_mentions mb ON mb.id = l.mention_b WHERE l.status = 'confirmed'
            """, []) {
            let a = try r.text("case_a"), b = try r.text("case_b")
            union.join(a, b); sharedBy[a, default: []].formUnion([]); sharedBy[b, default: []].formUnion([])
        }
        var members: [String: [String]] = [:]
        for c in sharedBy.keys { members[union.find(c), default: []].append(c) }
        let groups = members.values.filter { $0.count >= 2 }.map { $0.sorted() }
        let summaries = try await cases.summaries(caseIDs: groups.flatMap { $0 })
        return NetworkGroups(groups: groups.map { group in
            let keys = group.reduce(into: [Int64: Int]()) { counts, c in for k in sharedBy[c] ?? [] { counts[k, default: 0] += 1 } }
            return .init(cases: group, summaries: group.compactMap { summaries[$0] }, sharedIdentifiers: keys.values.filter { $0 >= 2 }.count)
        })
    }
}
