/// The graph one level of Leiden works on: the network itself, or a graph whose nodes are the
/// communities of the level below. Compressed sparse rows like `Adjacency`, with Double weights
/// and each node's self-loop: the weight inside an aggregated community, each link once.
struct WeightedGraph: Sendable {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var loops: [Double]
    /// k_v: the weight of v's links to others plus twice its self-loop, so that Σ k = 2m.
    let strength: [Double]
    /// 2m: the sum of all strengths.
    let totalStrength: Double

    init(offsets: [Int], targets: [Int32], weights: [Double], loops: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        var s = [Double](repeating: 0, count: loops.count)
        for v in 0..<loops.count {
            var k = 2 * loops[v]
            for e in offsets[v]..<offsets[v + 1] { k += weights[e] }
            s[v] = k
        }
        strength = s
        totalStrength = s.reduce(0, +)
    }

    var nodeCount: Int { loops.count }

    /// The graph whose nodes are the groups of `group` (numbered 0..<groupCount): links between
    /// groups summed, links inside a group become its self-loop.
    func aggregated(by group: [Int32], groupCount: Int) -> WeightedGraph {
        let n = nodeCount
        // Members of each group, in node order, so sums are always taken in the same order.
        var start = [Int](repeating: 0, count: groupCount + 1)
        for g in group { start[Int(g) + 1] += 1 }
        for g in 0..<groupCount { start[g + 1] += start[g] }
        var fill = start
        var members = [Int32](repeating: 0, count: n)
        for v in 0..<n { members[fill[Int(group[v])]] = Int32(v); fill[Int(group[v])] += 1 }

        var newOffsets = [Int](repeating: 0, count: groupCount + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        var newLoops = [Double](repeating: 0, count: groupCount)
        var sum = [Double](repeating: 0, count: groupCount)
        var seen = [Bool](repeating: false, count: groupCount)
        var touched: [Int32] = []
        for g in 0..<groupCount {
            var inside = 0.0
            for m in members[start[g]..<start[g + 1]] {
                let v = Int(m)
                inside += loops[v]
                for e in offsets[v]..<offsets[v + 1] {
                    let h = Int(group[Int(targets[e])])
                    // A link inside the group is met from both its ends: half each time.
                    if h == g { inside += weights[e] / 2; continue }
                    if !seen[h] { seen[h] = true; touched.append(Int32(h)) }
                    sum[h] += weights[e]
                }
            }
            newLoops[g] = inside
            touched.sort()
            for h in touched {
                newTargets.append(h); newWeights.append(sum[Int(h)])
                sum[Int(h)] = 0; seen[Int(h)] = false
            }
            touched.removeAll(keepingCapacity: true)
            newOffsets[g + 1] = newTargets.count
        }
        return WeightedGraph(offsets: newOffsets, targets: newTargets, weights: newWeights, loops: newLoops)
    }
}
