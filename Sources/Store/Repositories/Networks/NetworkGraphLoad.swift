import Cases
import Foundation
import Networks

extension NetworkRepository {
    /// An identifier named in more cases than this is a hub (a terminal, a shelter, a big
    /// agency's account): it is shown where it is named, but not followed to its other cases,
    /// and agencies are not each told of one more case naming it.
    public static let hubLimit = 20
    /// Cases read around one case at most; a page shows that the network goes on.
    public static let maximumCases = 200

    /// The network around `anchor`: every case reached from it through shared identifiers
    /// (hubs aside), confirmed-same persons and confirmed-same names, with their entities and
    /// links. The viewer must see the anchor case, or be an analyst, who is shown shapes only.
    /// Each view is audited, with how many entity values it read.
    public func graph(around anchor: String, viewer: Viewer, purpose: String, maximumCases: Int = NetworkRepository.maximumCases,
                      now: Date = Date()) async throws -> NetworkGraphData {
        if viewer.role != .analyst { _ = try await visibleCase(anchor, viewer: viewer) }
        var frontier = [anchor], reached: Set<String> = [anchor], expanded = Set<Int64>(), hubs = Set<Int64>()
        var mentionRows: [SQLRow] = [], linkRows: [SQLRow] = [], union = NodeUnion(), truncated = false
        var suspectOf: [String: String] = [:] // person id → their case, for persons confirmed the same
        while !frontier.isEmpty {
            let rows = try await tableRows(of: "network_mentions", in: frontier)
            mentionRows += rows
            linkRows += try await tableRows(of: "network_links", in: frontier)
            var next: [String] = []
            func reach(_ c: String) {
                guard !reached.contains(c) else { return }
                if reached.count >= maximumCases { truncated = true; return }
                reached.insert(c); next.append(c)
            }
            let keys = Set(rows.compactMap { $0["match_key"].int64 }).subtracting(expanded)
            expanded.formUnion(keys)
            for (key, cases) in try await otherCases(of: Array(keys), excluding: "", limit: Self.hubLimit + 1) {
                if cases.count > Self.hubLimit { hubs.insert(key) } else { cases.forEach(reach) }
            }
            for p in try await confirmedPersons(rows.compactMap { $0.optionalText("person_id") }) {
                union.join("p:" + p.a, "p:" + p.b)
                suspectOf[p.b] = p.caseB
                reach(p.caseB)
            }
            let named = rows.filter { $0.optionalText("person_id") == nil && EntityType(rawValue: $0.optionalText("entity_type") ?? "")?.isNamed == true }
            for n in try await confirmedNames(try named.map { try $0.text("id") }) {
                union.join("m:" + n.a, "m:" + n.b)
                reach(n.caseB)
            }
            frontier = next
        }
        let summaries = try await cases.summaries(caseIDs: Array(reached))
        var caseNodes: [String: NetworkGraphData.CaseNode] = [:]
        for (id, s) in summaries { caseNodes[id] = .init(summary: s, visible: viewer.role != .analyst && AccessPolicy.maySeeCase(viewer, involvedAgencies: s.involvedAgencyIDs)) }
        let codes = try await cases.persons(ids: mentionRows.compactMap { $0.optionalText("person_id") }).mapValues(\.code)
        var entities: [String: NetworkGraphData.EntityNode] = [:], nodeOf: [String: String] = [:], edges: [NetworkGraphData.Edge] = []
        var valuesRead = 0, publicKeys: [String: Int64] = [:]
        for r in mentionRows {
            let id = try r.text("id"), caseID = try r.text("case_id")
            let type = EntityType(rawValue: try r.text("entity_type")) ?? .person
            let node: String
            if let p = r.optionalText("person_id") { node = union.find("p:" + p) }
            else if let k = r["match_key"].int64 { node = "k:" + String(UInt64(bitPattern: k), radix: 16) }
            else { node = union.find("m:" + id) }
            nodeOf[id] = node
            let seesValue = caseNodes[caseID].map { $0.visible && Self.maySeeValues(viewer, involved: $0.summary.involvedAgencyIDs) } ?? false
            if entities[node]?.value == nil {
                var value: String?
                if seesValue {
                    if let p = r.optionalText("person_id") { value = codes[p] } else { value = try open(r); valuesRead += 1 }
                }
                entities[node] = .init(id: node, type: type, role: entities[node]?.role ?? r.optionalText("role"), value: value,
                                       isHub: r["match_key"].int64.map(hubs.contains) ?? false, malformed: r.bool("malformed"))
                publicKeys[node] = try publicKey(r)
            }
            let kind: LinkKind = type == .person ? .role(Networks.PersonRole(name: r.optionalText("role") ?? "") ?? .other)
                : (type == .agency || type == .company ? .placed : .uses)
            edges.append(.init(a: caseID, b: node, kind: kind, day: r.optionalText("first_seen").flatMap { Day(iso: $0) }, caseID: caseID,
                               count: 1, amount: nil))
        }
        // A person confirmed the same as a suspect of another case is a suspect there too.
        for (person, caseID) in suspectOf where caseNodes[caseID] != nil {
            edges.append(.init(a: caseID, b: union.find("p:" + person), kind: .role(.other), day: nil, caseID: caseID, count: 1, amount: nil))
        }
        for r in linkRows {
            guard let a = nodeOf[try r.text("source_id")], let b = nodeOf[try r.text("target_id")], a != b else { continue }
            edges.append(.init(a: a, b: b, kind: LinkKind(name: try r.text("kind")) ?? .related, day: r.optionalText("day").flatMap { Day(iso: $0) },
                               caseID: try r.text("case_id"), count: r.optionalInt("n") ?? 1, amount: r["amount"].int64))
        }
        let named = try await PublicSightingRepository.counts(of: Array(publicKeys.values), in: db)
        for (node, key) in publicKeys { entities[node]?.namedByPublic = named[key] }
        let data = NetworkGraphData(anchor: anchor, cases: caseNodes, entities: entities, edges: edges, truncated: truncated, valuesRead: valuesRead)
        try await audit.record(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "network.view", caseID: anchor,
                                          detail: "\(purpose): \(caseNodes.count) cases (\(caseNodes.values.filter(\.visible).count) visible), "
                                              + "\(entities.count) entities, \(valuesRead) values read\(truncated ? ", truncated" : "")"))
        return data
    }

    /// Rows of a table for some cases, a few hundred ids per statement.
    func tableRows(of table: String, in caseIDs: [String]) async throws -> [SQLRow] {
        var out: [SQLRow] = []
        for start in stride(from: 0, to: caseIDs.count, by: 200) {
            let part = caseIDs[start..<min(start + 200, caseIDs.count)]
            out += try await db.query("SELECT * FROM \(table) WHERE case_id IN (\(Self.placeholders(part.count))) ORDER BY created_at, id",
                                      part.map { .text($0) })
        }
        return out
    }

    /// Confirmed-same persons for some persons: the other person and their case. Suspects only:
    /// a victim confirmed the same as a suspect elsewhere never becomes a node of a network.
    func confirmedPersons(_ ids: [String]) async throws -> [(a: String, b: String, caseB: String)] {
        try await confirmedPairs(ids, columns: ("person_a", "person_b"), sql: { set in """
            SELECT l.person_a, l.person_b, pa.case_id AS case_a, pb.case_id AS case_b FROM person_links l
            JOIN case_persons pa ON pa.id = l.person_a JOIN case_persons pb ON pb.id = l.person_b
            WHERE l.status = 'confirmed' AND pa.role = 'suspect' AND pb.role = 'suspect'
                AND (l.person_a IN (\(set)) OR l.person_b IN (\(set)))
            """ })
    }

    /// Confirmed-same names for some entities: the other entity and its case.
    func confirmedNames(_ ids: [String]) async throws -> [(a: String, b: String, caseB: String)] {
        try await confirmedPairs(ids, columns: ("mention_a", "mention_b"), sql: { set in """
            SELECT l.mention_a, l.mention_b, ma.case_id AS case_a, mb.case_id AS case_b FROM network_name_links l
            JOIN network_mentions ma ON ma.id = l.mention_a JOIN network_mentions mb ON mb.id = l.mention_b
            WHERE l.status = 'confirmed' AND (l.mention_a IN (\(set)) OR l.mention_b IN (\(set)))
            """ })
    }

    /// Pairs of a decision table that include one of `ids`, each turned to (one of ids, the
    /// other, the other's case). `sql` is given the placeholders of the id list, used twice.
    private func confirmedPairs(_ ids: [String], columns: (String, String), sql: (String) -> String) async throws -> [(a: String, b: String, caseB: String)] {
        guard !ids.isEmpty else { return [] }
        let binds = ids.map { SQLValue.text($0) }, mine = Set(ids)
        return try await db.query(sql(Self.placeholders(ids.count)), binds + binds).map { r in
            let a = try r.text(columns.0), b = try r.text(columns.1)
            return mine.contains(a) ? (a, b, try r.text("case_b")) : (b, a, try r.text("case_a"))
        }
    }
}
