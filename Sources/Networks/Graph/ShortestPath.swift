extension Network {
    /// A shortest chain of links from `source` to `target` (fewest links), as the nodes along
    /// it from source to target; nil when they are not connected. Among equally short chains
    /// the one through lower-index nodes is taken, so the answer is the same every time.
    public func shortestPath(from source: NodeIndex, to target: NodeIndex) -> [NodeIndex]? {
        if source == target { return [source] }
        var parent = [NodeIndex](repeating: -1, count: nodeCount)
        parent[Int(source)] = source
        var frontier = [source]
        while !frontier.isEmpty {
            var next: [NodeIndex] = []
            // Frontier in index order and neighbours in index order: the first parent to reach
            // a node is the lowest-index one at that distance.
            for v in frontier {
                for u in neighbours(v) where parent[Int(u)] < 0 {
                    parent[Int(u)] = v
                    if u == target {
                        var path = [target]
                        var x = target
                        while x != source { x = parent[Int(x)]; path.append(x) }
                        return path.reversed()
                    }
                    next.append(u)
                }
            }
            frontier = next.sorted()
        }
        return nil
    }

    /// `shortestPath` by node ids; nil when either id is unknown or they are not connected.
    public func shortestPath(from source: String, to target: String) -> [String]? {
        guard let s = index(of: source), let t = index(of: target) else { return nil }
        return shortestPath(from: s, to: t)?.map { ids[Int($0)] }
    }
}
