/// The connected components of a network: groups of nodes joined by any chain of links.
public struct Components: Sendable, Equatable {
    /// Component of each node. Components are numbered by size, largest first; equal sizes
    /// by their first node's index.
    public let componentOf: [Int32]
    /// Nodes in each component.
    public let sizes: [Int]

    public var count: Int { sizes.count }
}

extension Network {
    /// Connected components, by breadth-first search from each node not yet reached.
    public func components() -> Components { components(excluding: nil) }

    /// Components of the network without the `excluded` nodes; each excluded node is a
    /// component of its own.
    func components(excluding excluded: [Bool]?) -> Components {
        let n = nodeCount
        var raw = [Int32](repeating: -1, count: n)
        var sizes: [Int] = []
        var queue = [NodeIndex](repeating: 0, count: max(n, 1))
        for start in 0..<n where raw[start] < 0 {
            let id = Int32(sizes.count)
            raw[start] = id
            var head = 0, tail = 1
            queue[0] = NodeIndex(start)
            while head < tail {
                let v = Int(queue[head]); head += 1
                if let excluded, excluded[v] { continue }
                for u in adjacency.targets[adjacency.range(v)] where raw[Int(u)] < 0 && !(excluded?[Int(u)] ?? false) {
                    raw[Int(u)] = id
                    queue[tail] = u; tail += 1
                }
            }
            sizes.append(tail)
        }
        // Found in order of first node already; a stable sort by size keeps that for ties.
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var renumber = [Int32](repeating: 0, count: sizes.count)
        for (new, old) in order.enumerated() { renumber[old] = Int32(new) }
        return Components(componentOf: raw.map { renumber[Int($0)] }, sizes: order.map { sizes[$0] })
    }
}
