/// Brandes' algorithm (2001) for unweighted graphs, over a list of sources split into chunks
/// that run in parallel. Each chunk has its own scratch arrays and its own sums.
struct BrandesChunks: @unchecked Sendable {
    let adjacency: Adjacency
    /// Nodes no path may pass through or end at.
    let excluded: [Bool]
    let sources: [(node: NodeIndex, scale: Double)]

    /// One array of dependency sums per chunk, in chunk order (the caller adds them in order).
    func run(chunks: Int) -> [[Double]] {
        let n = adjacency.nodeCount
        let size = (sources.count + chunks - 1) / max(1, chunks)
        return parallelMap(chunks) { c in
            let range = min(sources.count, c * size)..<min(sources.count, (c + 1) * size)
            var sums = [Double](repeating: 0, count: n)
            if !range.isEmpty { accumulate(sources[range], into: &sums) }
            return sums
        }
    }

    /// For each source: a breadth-first search counting shortest paths (σ), then dependencies
    /// (δ) accumulated from the farthest nodes back. Only the nodes reached are reset.
    private func accumulate(_ sources: ArraySlice<(node: NodeIndex, scale: Double)>, into sums: inout [Double]) {
        let n = adjacency.nodeCount
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        // Left-out nodes look already reached at no distance any path has: never entered, never
        // a predecessor, never reset.
        var distance = excluded.map { $0 ? Int32.max : -1 }
        var order = [Int32](repeating: 0, count: n)
        adjacency.offsets.withUnsafeBufferPointer { offsets in
        adjacency.targets.withUnsafeBufferPointer { targets in
        sigma.withUnsafeMutableBufferPointer { sigma in
        delta.withUnsafeMutableBufferPointer { delta in
        distance.withUnsafeMutableBufferPointer { distance in
        order.withUnsafeMutableBufferPointer { order in
        sums.withUnsafeMutableBufferPointer { sums in
            for (source, scale) in sources {
                let s = Int(source)
                sigma[s] = 1; distance[s] = 0
                order[0] = Int32(s)
                var head = 0, tail = 1
                while head < tail {
                    let v = Int(order[head]); head += 1
                    let dv = distance[v] + 1
                    for e in offsets[v]..<offsets[v + 1] {
                        let u = Int(targets[e])
                        if distance[u] < 0 { distance[u] = dv; order[tail] = Int32(u); tail += 1 }
                        if distance[u] == dv { sigma[u] += sigma[v] }
                    }
                }
                // Back from the farthest: a predecessor of w is a neighbour one step closer.
                var i = tail - 1
                while i > 0 {
                    let w = Int(order[i])
                    let dw = distance[w] - 1
                    let share = (1 + delta[w]) / sigma[w]
                    for e in offsets[w]..<offsets[w + 1] {
                        let v = Int(targets[e])
                        if distance[v] == dw { delta[v] += sigma[v] * share }
                    }
                    sums[w] += scale * delta[w]
                    i -= 1
                }
                for j in 0..<tail {
                    let v = Int(order[j])
                    sigma[v] = 0; delta[v] = 0; distance[v] = -1
                }
            }
        }}}}}}}
    }
}
