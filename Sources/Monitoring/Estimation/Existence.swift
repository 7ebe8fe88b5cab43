/// Whether a model can be fitted to a table at all: with zero cells, the maximum likelihood
/// estimate may not exist (some parameter runs off to −∞ and the estimate of the unobserved
/// with it), or the parameters may not be identifiable.
enum Existence {
    enum Verdict: Sendable, Hashable {
        case fits
        /// Fienberg & Rinaldo (2012): the likelihood keeps rising along a direction that sends
        /// some expected counts to 0, so no finite maximum exists.
        case mleDoesNotExist
        /// More parameters than the table's cells can tell apart.
        case notIdentifiable
    }

    /// The MLE exists exactly when no direction d = X·b is ≤ 0 on every cell, 0 on every cell
    /// with persons, and < 0 somewhere (following d raises the likelihood forever). Such a d
    /// is looked for by a linear programme in the null space of the positive cells' rows:
    /// maximise −Σ d over the zero cells with −1 ≤ d ≤ 0; the MLE exists iff the maximum is 0.
    /// This is the check SparseMSE makes (Chan, Silverman & Vincent 2019), written our own way.
    static func check(design: [[Double]], counts: [Double]) -> Verdict {
        let columns = design[0].count
        guard Matrix.rank(design, columns: columns) == columns else { return .notIdentifiable }
        let zeroRows = design.indices.filter { counts[$0] == 0 }.map { design[$0] }
        guard !zeroRows.isEmpty else { return .fits }
        let positiveRows = design.indices.filter { counts[$0] > 0 }.map { design[$0] }
        let directions = Matrix.nullSpace(positiveRows, columns: columns)
        guard !directions.isEmpty else { return .fits }
        // d on the zero cells = M·c for coordinates c in the null space; c = u − v, u, v ≥ 0.
        let m = zeroRows.map { row in directions.map { dir in zip(row, dir).reduce(0) { $0 + $1.0 * $1.1 } } }
        let k = directions.count
        let columnSums = (0..<k).map { j in m.reduce(0) { $0 + $1[j] } }
        let objective = columnSums.map { -$0 } + columnSums
        let atMostZero = m.map { $0 + $0.map { -$0 } }
        let atLeastMinusOne = m.map { $0.map { -$0 } + $0 }
        let rhs = [Double](repeating: 0, count: m.count) + [Double](repeating: 1, count: m.count)
        guard let best = Simplex.maximize(objective, atMostZero + atLeastMinusOne, rhs) else { return .mleDoesNotExist }
        return best > 1e-7 ? .mleDoesNotExist : .fits
    }
}
