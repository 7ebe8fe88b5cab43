/// Collects nodes and links in any order, then builds a `Network` whose node order, and so
/// every result computed on it, does not depend on that order.
public struct NetworkBuilder: Sendable {
    private var ids: [String] = []
    private var kinds: [NodeKind] = []
    private var index: [String: NodeIndex] = [:]
    private var links: [Link] = []
    /// Links from a node to itself, left out (they join nothing).
    public private(set) var selfLinks = 0

    public init() {}

    public var nodeCount: Int { ids.count }
    /// The id of a node added before; nodes are renumbered by `build`, ids are not.
    public func id(_ node: NodeIndex) -> String { ids[Int(node)] }
    public func kind(_ node: NodeIndex) -> NodeKind { kinds[Int(node)] }
    public var linkCount: Int { links.count }

    public mutating func reserve(nodes: Int, links: Int) {
        ids.reserveCapacity(nodes); kinds.reserveCapacity(nodes); index.reserveCapacity(nodes)
        self.links.reserveCapacity(links)
    }

    /// The node with this id, added if new. A node first seen as `.unknown` takes the kind it is
    /// given later.
    @discardableResult
    public mutating func node(_ id: String, kind: NodeKind? = nil) -> NodeIndex {
        if let i = index[id] {
            if let kind, kinds[Int(i)] == .unknown { kinds[Int(i)] = kind }
            return i
        }
        let i = NodeIndex(ids.count)
        ids.append(id)
        kinds.append(kind ?? NodeKind(nodeID: id))
        index[id] = i
        return i
    }

    /// Records a link between two nodes added before (indices from `node`). Links are
    /// undirected: `source` and `target` may come in either order.
    public mutating func link(_ link: Link) {
        precondition(link.weight > 0 && link.weight.isFinite, "a link's weight must be positive")
        guard link.source != link.target else { selfLinks += 1; return }
        links.append(link)
    }

    public mutating func link(_ a: String, _ b: String, kind: LinkKind = .related, day: Day? = nil, inCase caseID: String? = nil, weight: Float = 1) {
        let s = node(a), t = node(b)
        let c = caseID.map { node($0, kind: .case) }
        link(Link(source: s, target: t, kind: kind, day: day, caseNode: c, weight: weight))
    }

    /// The network, with nodes renumbered in the byte order of their ids and links sorted.
    public consuming func build() -> Network {
        let n = ids.count
        index = [:]
        // Sort indices by id bytes; a permutation array is far cheaper to move than strings.
        var order = Array(0..<NodeIndex(n))
        ids.withUnsafeBufferPointer { idBuf in
            order.sort { idBuf[Int($0)].utf8.lexicographicallyPrecedes(idBuf[Int($1)].utf8) }
        }
        var newIndex = [NodeIndex](repeating: 0, count: n)
        for (position, old) in order.enumerated() { newIndex[Int(old)] = NodeIndex(position) }
        let sortedIDs = order.map { ids[Int($0)] }
        let sortedKinds = order.map { kinds[Int($0)] }
        ids = []; kinds = []
        for i in links.indices {
            var l = links[i]
            let s = newIndex[Int(l.source)], t = newIndex[Int(l.target)]
            l.source = min(s, t); l.target = max(s, t)
            l.caseNode = l.caseNode.map { newIndex[Int($0)] }
            links[i] = l
        }
        links.sort(by: Link.precedes)
        return Network(ids: sortedIDs, kinds: sortedKinds, links: links)
    }
}
