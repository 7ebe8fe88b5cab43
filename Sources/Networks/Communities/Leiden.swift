extension Network {
    /// Communities by the Leiden algorithm (Traag, Waltman & van Eck 2019): local moving,
    /// refinement into well-connected sub-communities, aggregation, repeated until nothing moves;
    /// the whole repeated `options.iterations` times from the last result. Links of hubs are
    /// down-weighted first (`HubWeighting`). Deterministic for a seed: nodes are visited in a
    /// seeded random order and every tie goes to the lower id.
    public func communities(_ options: CommunityOptions = CommunityOptions()) -> Communities {
        let base = weightedGraph(hubs: options.hubs)
        let penalty = options.resolution.penalty(totalStrength: base.totalStrength)
        var random = SeededGenerator(seed: options.seed)
        var partition = (0..<Int32(nodeCount)).map { $0 }
        for _ in 0..<max(1, options.iterations) {
            partition = Self.leidenPass(base, start: partition, penalty: penalty, randomness: options.randomness, random: &random)
        }
        return Self.numbered(partition, quality: Self.quality(base, partition, penalty))
    }

    /// One pass: levels of move, refine, aggregate until the communities stop changing.
    static func leidenPass(_ base: WeightedGraph, start: [Int32], penalty: Double, randomness: Double,
                           random: inout SeededGenerator) -> [Int32] {
        var graph = base
        var community = start
        // Which node of the current level each original node is part of.
        var level = (0..<Int32(base.nodeCount)).map { $0 }
        while true {
            _ = LocalMoving(graph: graph, penalty: penalty).run(&community, random: &random)
            let (_, communityCount) = compact(community)
            if communityCount == graph.nodeCount { break }
            let refined = Refinement(graph: graph, penalty: penalty, randomness: randomness).run(community: community, random: &random)
            let (sub, subCount) = compact(refined)
            if subCount == graph.nodeCount { break } // nothing merged: aggregating would repeat this level
            // The aggregated graph starts from the unrefined communities (Alg. A.1, line 7).
            var next = [Int32](repeating: 0, count: subCount)
            for v in 0..<graph.nodeCount { next[Int(sub[v])] = community[v] }
            graph = graph.aggregated(by: sub, groupCount: subCount)
            level = level.map { sub[Int($0)] }
            community = compact(next).0 // ids below the new, smaller node count
        }
        return level.map { community[Int($0)] }
    }

    /// Renumbers labels 0..<count in order of first appearance.
    static func compact(_ labels: [Int32]) -> ([Int32], Int) {
        var map = [Int32](repeating: -1, count: Int(labels.max() ?? -1) + 1)
        var next: Int32 = 0
        let out = labels.map { l -> Int32 in
            if map[Int(l)] < 0 { map[Int(l)] = next; next += 1 }
            return map[Int(l)]
        }
        return (out, Int(next))
    }

    /// Communities numbered by size, largest first; equal sizes by their first node.
    static func numbered(_ labels: [Int32], quality: Double) -> Communities {
        let (compacted, count) = compact(labels)
        var sizes = [Int](repeating: 0, count: count)
        for c in compacted { sizes[Int(c)] += 1 }
        // compact numbers by first node already, so a stable order by size keeps ties that way.
        let order = (0..<count).sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var renumber = [Int32](repeating: 0, count: count)
        for (new, old) in order.enumerated() { renumber[old] = Int32(new) }
        return Communities(communityOf: compacted.map { renumber[Int($0)] }, sizes: order.map { sizes[$0] }, quality: quality)
    }

    /// Σ_c [w_c − γ′·K_c²/2] / (m): modularity when γ′ = 1/2m.
    static func quality(_ g: WeightedGraph, _ community: [Int32], _ penalty: Double) -> Double {
        guard g.totalStrength > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: g.nodeCount)
        var total = [Double](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount {
            let c = Int(community[v])
            total[c] += g.strength[v]
            inside[c] += 2 * g.loops[v]
            for e in g.offsets[v]..<g.offsets[v + 1] where community[Int(g.targets[e])] == community[v] { inside[c] += g.weights[e] }
        }
        var q = 0.0
        for c in 0..<g.nodeCount where total[c] > 0 { q += inside[c] - penalty * total[c] * total[c] }
        return q / g.totalStrength
    }
}
