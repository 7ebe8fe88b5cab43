/// The communities of a network.
public struct Communities: Sendable, Equatable {
    /// Community of each node, numbered by size (largest first), equal sizes by first node.
    public let communityOf: [Int32]
    public let sizes: [Int]
    /// The quality reached (see `Resolution`), divided by 2m: modularity at `.modularity(1)`.
    public let quality: Double

    public var count: Int { sizes.count }

    /// The nodes of each community, in index order.
    public func members() -> [[NodeIndex]] {
        var out = sizes.map { size -> [NodeIndex] in
            var list: [NodeIndex] = []
            list.reserveCapacity(size)
            return list
        }
        for (v, c) in communityOf.enumerated() { out[Int(c)].append(NodeIndex(v)) }
        return out
    }
}
