/// Neighbour lists in compressed sparse row form: node v's neighbours are
/// `targets[offsets[v]..<offsets[v+1]]`, sorted, each once, with the summed weight of the links
/// between the two. Undirected: every edge is stored from both ends.
///
/// Why not SwiftGraph (4.0.0, the graph package at hand): its graphs are classes holding an
/// array of edge structs per vertex (`[[WeightedEdge<W>]]`), a million separate heap arrays for
/// a million nodes, and it has neither community detection nor betweenness, so both would be
/// written here anyway, on top of its storage. Measured at the benchmark's size (1.15 million
/// nodes, 2.49 million weighted edges): building it took 3.3 s and 249 MB, and one full
/// breadth-first search (`bfs(fromIndex:toIndex:)`, which records the path in a dictionary)
/// 1.4 s; betweenness needs hundreds of such searches. Here all components (a search over
/// everything) take 0.1 s: two flat arrays, walked without retain/release or pointer chasing,
/// shared read-only between threads.
struct Adjacency: Sendable {
    var offsets: [Int]
    var targets: [NodeIndex]
    var weights: [Float]

    var nodeCount: Int { offsets.count - 1 }
    var edgeEnds: Int { targets.count }

    @inline(__always) func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
    @inline(__always) func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// Builds the lists from links already sorted by (min end, max end), merging repeats.
    /// `pairs` yields each link's two ends with its weight.
    init(nodeCount n: Int, sortedPairs: [(NodeIndex, NodeIndex, Float)]) {
        // Count distinct pairs per node, then fill; pairs arrive grouped, so a repeat is the
        // same as the pair before it.
        var counts = [Int](repeating: 0, count: n + 1)
        var previous: (NodeIndex, NodeIndex) = (-1, -1)
        for (a, b, _) in sortedPairs where (a, b) != previous {
            counts[Int(a)] += 1
            counts[Int(b)] += 1
            previous = (a, b)
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { offsets[v + 1] = offsets[v] + counts[v] }
        var fill = offsets
        var targets = [NodeIndex](repeating: 0, count: offsets[n])
        var weights = [Float](repeating: 0, count: offsets[n])
        previous = (-1, -1)
        var lastA = 0, lastB = 0
        for (a, b, w) in sortedPairs {
            if (a, b) == previous {
                weights[lastA] += w
                weights[lastB] += w
                continue
            }
            previous = (a, b)
            lastA = fill[Int(a)]; fill[Int(a)] += 1
            lastB = fill[Int(b)]; fill[Int(b)] += 1
            targets[lastA] = b; weights[lastA] = w
            targets[lastB] = a; weights[lastB] = w
        }
        // Already sorted: node v first receives its smaller neighbours (from the groups of
        // pairs that start before v, in order), then its larger ones (its own group, in order).
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }
}
