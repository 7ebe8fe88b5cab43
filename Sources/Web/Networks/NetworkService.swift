import Cases
import Foundation
import Networks
import Security
import Store

/// The network page's model from the store: the network around a case built for one viewer,
/// analysed (communities, brokers, organised-group prompts, a path), drawn and paged.
struct NetworkService {
    let store: SimpulStore

    /// Nodes drawn at most; a larger network is drawn around its case, the rest in the tables.
    static let drawnNodes = 200
    static let timelineShown = 300

    /// Node handles: a keyed hash of the node's internal id, so a URL or an export names a node
    /// the same way every time without saying which case or value it is.
    var handles: KeyedDigest { KeyedDigest(cipher: store.cipher, purpose: "simpul network node handles v1") }

    func page(_ scope: NetworkPage.Scope, anchor: String, viewer: Viewer, query: NetworkQuery, purpose: String) async throws -> NetworkPage {
        let data = try await store.networks.graph(around: anchor, viewer: viewer, purpose: purpose)
        var query = query
        if query.resolution == nil { query.resolution = try await store.networkSettings.resolution() }
        return try build(data, scope: scope, pseudonymous: viewer.role == .analyst, query: query)
    }

    func build(_ data: NetworkGraphData, scope: NetworkPage.Scope, pseudonymous: Bool, query: NetworkQuery) throws -> NetworkPage {
        let internals = data.cases.keys.map { "c:" + $0 } + Array(data.entities.keys)
        let hashed = handles.int64s(internals)
        var handleOf: [String: String] = [:]
        for (id, h) in zip(internals, hashed) { handleOf[id] = "n" + String(UInt64(bitPattern: h), radix: 16) }
        func handle(_ endpoint: String) -> String { handleOf[data.cases[endpoint] != nil ? "c:" + endpoint : endpoint] ?? endpoint }
        var builder = NetworkBuilder()
        for id in data.cases.keys { builder.node(handleOf["c:" + id]!, kind: .case) }
        for (id, e) in data.entities { builder.node(handleOf[id]!, kind: e.type.nodeKind) }
        for e in data.edges {
            builder.link(handle(e.a), handle(e.b), kind: e.kind, day: e.day, inCase: handleOf["c:" + e.caseID], weight: Float(max(1, e.count)))
        }
        let network = builder.build()
        let nodes = Self.nodes(network, data: data, handleOf: handleOf, pseudonymous: pseudonymous)
        guard let anchor = network.index(of: handleOf["c:" + data.anchor] ?? "") else { throw StoreError.notFound("case \(data.anchor)") }
        let resolution = query.resolution ?? NetworkSettings.defaultResolution
        let communities = network.communities(CommunityOptions(resolution: .modularity(resolution)))
        let betweenness = network.betweenness()
        let brokers = betweenness.ranked(limit: network.nodeCount).filter { network.kinds[Int($0.node)] != .case && $0.score > 0 }.prefix(10)
        let target = try query.target.map { try Self.index(network, $0, field: "ke") }
        let focus = try query.focus.map { try Self.index(network, $0, field: "simpul") } ?? anchor
        let drawn = Self.around(anchor, in: network, limit: Self.drawnNodes)
        let positions = (try? network.layout(drawn, options: LayoutOptions(width: 960, height: 640, nodeRadius: 9, gap: 3))) ?? []
        let events = network.links.compactMap { l in l.day.map { NetworkPage.Event(day: $0, a: Int(l.source), kind: l.kind, b: Int(l.target),
                                                                                   count: Int(l.weight), amount: nil) } }
            .sorted { ($0.day, $0.a, $0.b) < ($1.day, $1.a, $1.b) }
        return NetworkPage(scope: scope, network: network, nodes: nodes, anchor: anchor, pseudonymous: pseudonymous, truncated: data.truncated,
                           communities: communities, resolution: resolution, betweenness: betweenness, brokers: Array(brokers),
                           groups: network.organisedGroupCandidates(), positions: positions,
                           path: target.flatMap { network.shortestPath(from: anchor, to: $0) }, pathTarget: target, focus: focus,
                           neighbours: network.neighbourPage(of: focus, after: query.after, limit: 20),
                           timeline: Array(events.prefix(Self.timelineShown)), timelineTotal: events.count)
    }

    /// Each node as this viewer may see it; pseudonyms numbered by kind in node order.
    static func nodes(_ network: Network, data: NetworkGraphData, handleOf: [String: String], pseudonymous: Bool) -> [NetworkPage.Node] {
        var internalOf: [String: String] = [:]
        for (i, h) in handleOf { internalOf[h] = i }
        var counters: [NodeKind: Int] = [:]
        return (0..<network.nodeCount).map { v in
            let kind = network.kinds[v], inner = internalOf[network.ids[v]] ?? ""
            counters[kind, default: 0] += 1
            let n = counters[kind]!
            if kind == .case, let c = data.cases[String(inner.dropFirst(2))] {
                let shown = c.visible && !pseudonymous
                return NetworkPage.Node(handle: network.ids[v], kind: kind,
                                        label: shown ? (c.summary.number, c.summary.number) : (pseudonymous ? ("Kasus #\(n)", "Case #\(n)") : ("Kasus lain #\(n)", "Other case #\(n)")),
                                        caseID: shown ? c.summary.id : nil, contact: shown || pseudonymous ? [] : c.summary.agencies,
                                        provinceCode: c.summary.provinceCode, role: nil, isHub: false, malformed: false)
            }
            let e = data.entities[inner]
            let word = NetworkWords.kind(kind)
            let value = pseudonymous ? nil : e?.value
            return NetworkPage.Node(handle: network.ids[v], kind: kind, label: value.map { ($0, $0) } ?? ("\(word.id) #\(n)", "\(word.en) #\(n)"),
                                    caseID: nil, contact: [], provinceCode: nil, role: e?.role.flatMap(Networks.PersonRole.init(rawValue:)),
                                    isHub: e?.isHub ?? false, malformed: e?.malformed ?? false,
                                    namedByPublic: e?.namedByPublic)
        }
    }

    static func index(_ network: Network, _ handle: String, field: String) throws -> NodeIndex {
        guard let i = network.index(of: handle) else {
            throw ValidationFailure([FieldError(field: field, id: "Simpul '\(handle.prefix(40))' tidak ada di jaringan ini.",
                                                en: "Node '\(handle.prefix(40))' is not in this network.")])
        }
        return i
    }

    /// Up to `limit` nodes nearest `start`, by breadth-first search.
    static func around(_ start: NodeIndex, in network: Network, limit: Int) -> [NodeIndex] {
        guard network.nodeCount > limit else { return (0..<NodeIndex(network.nodeCount)).map { $0 } }
        var seen: Set<NodeIndex> = [start], order = [start], head = 0
        while head < order.count, order.count < limit {
            for u in network.neighbours(order[head]) where order.count < limit && seen.insert(u).inserted { order.append(u) }
            head += 1
        }
        return order
    }
}

/// The network page's parameters: the resolution of communities (`resolusi`, modularity's γ,
/// the administrator's unless given), the node whose neighbours are listed (`simpul`, `setelah` for the next
/// page), the case a path goes to (`ke`), and the print layout (`cetak=1`).
struct NetworkQuery {
    /// An analyst's own resolution for this page; nil: the administrator's (`NetworkSettings`).
    var resolution: Double?
    var focus: String?
    var after: String?
    var target: String?
    var print = false

    init(_ get: (String) -> String?) throws {
        if let r = get("resolusi"), !r.isEmpty {
            guard let v = NetworkSettings.parse(r) else { throw NetworkSettings.outOfRange(r, field: "resolusi") }
            resolution = v
        }
        focus = get("simpul").flatMap { $0.isEmpty ? nil : $0 }
        after = get("setelah").flatMap { $0.isEmpty ? nil : $0 }
        target = get("ke").flatMap { $0.isEmpty ? nil : $0 }
        print = get("cetak") == "1"
    }
}
