import Foundation

/// Leiden's refinement (Traag, Waltman & van Eck 2019, Alg. A.3): inside each community found by
/// local moving, nodes start alone and are merged into well-connected sub-communities only.
/// It is what guarantees every community is connected, which local moving alone (Louvain)
/// does not: a community can lose the node that held it together and stay whole on paper.
struct Refinement {
    let graph: WeightedGraph
    let penalty: Double
    /// θ: how random the choice between merges is.
    let randomness: Double

    /// Sub-communities of `community`, as ids of representative nodes (< node count).
    func run(community: [Int32], random: inout SeededGenerator) -> [Int32] {
        let n = graph.nodeCount
        var communityTotal = [Double](repeating: 0, count: n)
        for v in 0..<n { communityTotal[Int(community[v])] += graph.strength[v] }
        var refined = (0..<Int32(n)).map { $0 }
        var total = graph.strength
        var size = [Int32](repeating: 1, count: n)
        // Weight from each sub-community to the rest of its community, kept up to date on merges.
        var outward = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in graph.offsets[v]..<graph.offsets[v + 1] where community[Int(graph.targets[e])] == community[v] {
                outward[v] += graph.weights[e]
            }
        }
        var toSub = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var choices: [(sub: Int, gain: Double)] = []
        for v32 in random.permutation(n) {
            let v = Int(v32)
            guard size[Int(refined[v])] == 1 else { continue }
            let k = graph.strength[v], whole = communityTotal[Int(community[v])]
            guard outward[v] >= penalty * k * (whole - k) else { continue }
            for e in graph.offsets[v]..<graph.offsets[v + 1] {
                let u = Int(graph.targets[e])
                guard community[u] == community[v] else { continue }
                let s = Int(refined[u])
                if toSub[s] == 0 { touched.append(Int32(s)) }
                toSub[s] += graph.weights[e]
            }
            choices.removeAll(keepingCapacity: true)
            choices.append((Int(refined[v]), 0))
            for s32 in touched {
                let s = Int(s32)
                // Only into sub-communities that are themselves well connected to the rest.
                guard outward[s] >= penalty * total[s] * (whole - total[s]) else { continue }
                let gain = toSub[s] - penalty * k * total[s]
                if gain >= 0 { choices.append((s, gain)) }
            }
            let chosen = choose(choices, &random)
            if chosen != Int(refined[v]) {
                let own = Int(refined[v])
                outward[chosen] += outward[v] - 2 * toSub[chosen]
                total[chosen] += k
                size[chosen] += 1
                size[own] = 0
                refined[v] = Int32(chosen)
            }
            for s in touched { toSub[Int(s)] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return refined
    }

    /// A choice with probability ∝ exp(gain/θ), among gains ≥ 0 (staying, gain 0, included).
    private func choose(_ choices: [(sub: Int, gain: Double)], _ random: inout SeededGenerator) -> Int {
        guard choices.count > 1 else { return choices[0].sub }
        let top = choices.map(\.gain).max()!
        let weights = choices.map { exp(($0.gain - top) / randomness) }
        var r = random.unit() * weights.reduce(0, +)
        for (c, w) in zip(choices, weights) {
            r -= w
            if r < 0 { return c.sub }
        }
        return choices.last!.sub
    }
}
