/// A perpetrator network: cases and the entities they name, joined by typed, dated links.
/// Immutable once built (`NetworkBuilder`); every algorithm reads it and returns a result.
public struct Network: Sendable {
    /// Node ids in byte order; a node's index is its position here.
    public let ids: [String]
    public let kinds: [NodeKind]
    /// Every link, sorted by its ends (smaller index first), then by day.
    public let links: [Link]
    let adjacency: Adjacency
    /// Node v's links are `links[linkIndex[linkOffsets[v]..<linkOffsets[v+1]]]`.
    let linkOffsets: [Int]
    let linkIndex: [Int32]

    init(ids: [String], kinds: [NodeKind], links: [Link]) {
        let n = ids.count
        self.ids = ids
        self.kinds = kinds
        self.links = links
        adjacency = Adjacency(nodeCount: n, sortedPairs: links.map { ($0.source, $0.target, $0.weight) })
        var offsets = [Int](repeating: 0, count: n + 1)
        for l in links { offsets[Int(l.source) + 1] += 1; offsets[Int(l.target) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var index = [Int32](repeating: 0, count: offsets[n])
        for (i, l) in links.enumerated() {
            index[fill[Int(l.source)]] = Int32(i); fill[Int(l.source)] += 1
            index[fill[Int(l.target)]] = Int32(i); fill[Int(l.target)] += 1
        }
        linkOffsets = offsets
        linkIndex = index
    }

    public var nodeCount: Int { ids.count }
    public var linkCount: Int { links.count }
    /// Pairs of nodes joined by at least one link.
    public var edgeCount: Int { adjacency.edgeEnds / 2 }

    /// The index of the node with this id (binary search over the sorted ids).
    public func index(of id: String) -> NodeIndex? {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid].utf8.lexicographicallyPrecedes(id.utf8) { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? NodeIndex(low) : nil
    }

    /// How many distinct nodes this node is linked to.
    public func degree(_ v: NodeIndex) -> Int { adjacency.degree(Int(v)) }

    /// Distinct neighbours, in index (= id) order.
    public func neighbours(_ v: NodeIndex) -> ArraySlice<NodeIndex> { adjacency.targets[adjacency.range(Int(v))] }

    /// The links that touch this node, in link order.
    public func links(of v: NodeIndex) -> [Link] {
        linkIndex[linkOffsets[Int(v)]..<linkOffsets[Int(v) + 1]].map { links[Int($0)] }
    }

    /// How many distinct case nodes this node is linked to, directly or as the case a link was
    /// recorded in. This is what makes an entity a hub (`HubWeighting`).
    public func caseCount(_ v: NodeIndex) -> Int {
        var cases = Set<NodeIndex>()
        for u in neighbours(v) where kinds[Int(u)] == .case { cases.insert(u) }
        for i in linkIndex[linkOffsets[Int(v)]..<linkOffsets[Int(v) + 1]] {
            if let c = links[Int(i)].caseNode, c != v { cases.insert(c) }
        }
        return cases.count
    }
}
