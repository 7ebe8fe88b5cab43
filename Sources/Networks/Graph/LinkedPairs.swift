/// Two nodes joined by one or more links, summed: how a drawing or an export shows an edge.
public struct LinkedPair: Sendable, Hashable {
    public let a: NodeIndex
    public let b: NodeIndex
    /// Links between the two.
    public fileprivate(set) var count = 0
    public fileprivate(set) var weight = 0.0
    /// Kinds of the links, each once, in the order first met.
    public fileprivate(set) var kinds: [LinkKind] = []
    public fileprivate(set) var first: Day?
    public fileprivate(set) var last: Day?
}

extension Network {
    /// Every pair of nodes joined by links, in link order (smaller end first).
    public func linkedPairs() -> [LinkedPair] {
        var out: [LinkedPair] = []
        for l in links {
            if out.last.map({ $0.a != l.source || $0.b != l.target }) ?? true { out.append(LinkedPair(a: l.source, b: l.target)) }
            out[out.count - 1].count += 1
            out[out.count - 1].weight += Double(l.weight)
            if !out[out.count - 1].kinds.contains(l.kind) { out[out.count - 1].kinds.append(l.kind) }
            if let d = l.day {
                out[out.count - 1].first = min(out[out.count - 1].first ?? d, d)
                out[out.count - 1].last = max(out[out.count - 1].last ?? d, d)
            }
        }
        return out
    }
}
