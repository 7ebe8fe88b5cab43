/// Two lists whose captures are allowed to depend on each other (a pairwise interaction term):
/// a person on one is more (or less) likely to be on the other than chance alone would say.
public struct ListPair: Sendable, Hashable, Comparable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }

    var mask: Int { (1 << first) | (1 << second) }

    public static func < (a: ListPair, b: ListPair) -> Bool { (a.first, a.second) < (b.first, b.second) }
}

/// A log-linear Poisson model of the capture-history table:
///
///     log E[count(pattern)] = u + Σ_lists u_i·[on i] + Σ_pairs u_ij·[on i and j]
///
/// `u` is the log of the expected number of persons on no list, so estimating it is estimating
/// the unobserved. With no pairs this is the independence model; three-list and higher
/// interactions are never fitted (they are what makes the unobserved cell estimable at all).
public struct LogLinearModel: Sendable, Hashable {
    public let lists: Int
    public let pairs: [ListPair]

    public init(lists: Int, pairs: [ListPair] = []) {
        self.lists = lists
        self.pairs = Array(Set(pairs)).sorted()
    }

    public static func independence(lists: Int) -> LogLinearModel { LogLinearModel(lists: lists) }

    /// Intercept, one main effect per list, one term per pair.
    public var parameterCount: Int { 1 + lists + pairs.count }

    public func adding(_ pair: ListPair) -> LogLinearModel { LogLinearModel(lists: lists, pairs: pairs + [pair]) }

    /// The pairs not yet in the model, in order.
    public var pairsNotIn: [ListPair] {
        var result: [ListPair] = []
        for a in 0..<lists {
            for b in (a + 1)..<lists where !pairs.contains(ListPair(a, b)) { result.append(ListPair(a, b)) }
        }
        return result
    }

    /// The design row of one pattern: 1, then 0/1 per list, then 0/1 per pair.
    func row(_ pattern: Int) -> [Double] {
        var row = [1.0]
        row.reserveCapacity(parameterCount)
        for list in 0..<lists { row.append(pattern & (1 << list) != 0 ? 1 : 0) }
        for pair in pairs { row.append(pattern & pair.mask == pair.mask ? 1 : 0) }
        return row
    }

    /// Parameters for this model from those of a model with fewer pairs: theirs where the
    /// terms are shared, 0 for the pairs it lacks.
    func start(from coefficients: [Double], of smaller: LogLinearModel) -> [Double] {
        let mainEffects = coefficients.prefix(1 + lists)
        return Array(mainEffects) + pairs.map { pair in
            smaller.pairs.firstIndex(of: pair).map { coefficients[1 + lists + $0] } ?? 0
        }
    }

    /// Rows for the observed patterns 1 ..< 2^L, in pattern order.
    var observedDesign: [[Double]] { (1..<(1 << lists)).map(row) }

    /// The terms written with the lists' names: "LA + NG + … + PF×GO".
    public func describe(_ names: [String]) -> String {
        let pairText = pairs.map { "\(names[$0.first])×\(names[$0.second])" }
        return pairText.isEmpty ? "independence" : pairText.joined(separator: ", ")
    }
}
