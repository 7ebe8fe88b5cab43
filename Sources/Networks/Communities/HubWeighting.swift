import Foundation

/// How much the links of an entity that many cases share count when communities are found.
///
/// A bus terminal, a shelter's address, a big licensed agency's bank account each appear in
/// hundreds of unrelated cases. Counted in full, such a hub is a short path between any two of
/// its cases, and community detection glues strangers together around it. A recruiter's phone
/// that recurs in five cases is the opposite: the reason those cases belong together. What tells
/// them apart is how many cases an entity is linked to, its case count c (directly, or as the
/// case a link was recorded in; the plain number of neighbours where the network has no cases).
///
/// Each link's weight is multiplied by the factor of each of its two ends. Cases have factor 1:
/// a big case file is not a meeting point.
///
/// The default (`CommunityOptions`) is `.inverse(fullWeightUpTo: 10)`: it leaves a ring's
/// recruiter, named in up to ten cases, whole, where 1/log₂ already halves an entity of three.
/// In the tests, 80 unrelated cases each naming one terminal three times: counted in full, the
/// terminal's community gathers 9 of them (modularity); down-weighted, none. In the national
/// benchmark the resolution (`Resolution.nationalNetwork`) does most of the work, since a big
/// hub's own strength already weighs against any community it joins; the weighting matters
/// most for hubs of tens of cases and for one investigation's network cut by modularity.
public enum HubWeighting: Sendable, Hashable {
    /// Every link counts in full.
    case none
    /// Factor 1/log₂(1+c): 1 for an entity of one case, ½ at 3 cases, ¼ at 15, ⅛ at 255. The
    /// discount of the Adamic–Adar index: mild, so a ring of a dozen cases is still held together.
    case inverseLog
    /// Factor min(1, k/c): an entity in more than k cases spreads k cases' worth of weight over
    /// all of them, as IDF or the resource-allocation index do. A shelter in 2,000 cases lends each
    /// of them 1/200 of a link at k = 10; a recruiter in 8 cases keeps full weight.
    case inverse(fullWeightUpTo: Int)

    /// The factor for a node of `kind` linked to `caseCount` cases.
    public func factor(kind: NodeKind, caseCount c: Int) -> Double {
        guard kind.isEntity, c > 1 else { return 1 }
        switch self {
        case .none: return 1
        case .inverseLog: return 1 / log2(1 + Double(c))
        case .inverse(let k): return min(1, Double(max(1, k)) / Double(c))
        }
    }
}

extension Network {
    /// Case count of every node at once (see `caseCount`), with one marker array instead of a
    /// set per node. Where the network holds no case node, each node's degree.
    public func caseCounts() -> [Int32] {
        let n = nodeCount
        guard kinds.contains(.case) else { return (0..<n).map { Int32(adjacency.degree($0)) } }
        var mark = [Int32](repeating: -1, count: n)
        var counts = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            var c: Int32 = 0
            for u in adjacency.targets[adjacency.range(v)] where kinds[Int(u)] == .case && mark[Int(u)] != Int32(v) {
                mark[Int(u)] = Int32(v); c += 1
            }
            for i in linkIndex[linkOffsets[v]..<linkOffsets[v + 1]] {
                if let k = links[Int(i)].caseNode, Int(k) != v, mark[Int(k)] != Int32(v) { mark[Int(k)] = Int32(v); c += 1 }
            }
            counts[v] = c
        }
        return counts
    }

    /// The weighted graph community detection works on: the summed link weights, each
    /// multiplied by the hub factors of its two ends.
    func weightedGraph(hubs: HubWeighting) -> WeightedGraph {
        let n = nodeCount
        let counts = hubs == .none ? [Int32](repeating: 0, count: n) : caseCounts()
        let factor = (0..<n).map { hubs.factor(kind: kinds[$0], caseCount: Int(counts[$0])) }
        var weights = [Double](repeating: 0, count: adjacency.edgeEnds)
        for v in 0..<n {
            for e in adjacency.range(v) {
                weights[e] = Double(adjacency.weights[e]) * factor[v] * factor[Int(adjacency.targets[e])]
            }
        }
        return WeightedGraph(offsets: adjacency.offsets, targets: adjacency.targets, weights: weights, loops: [Double](repeating: 0, count: n))
    }
}
