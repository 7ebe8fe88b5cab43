/// A plain tableau simplex for the one small linear programme the existence check needs.
enum Simplex {
    /// The maximum of `c·x` subject to `a·x ≤ b`, `x ≥ 0`, for `b ≥ 0` (so x = 0 is a feasible
    /// start and no first phase is needed); nil when unbounded. Bland's rule (lowest index
    /// enters and leaves) because the check's right-hand sides are mostly 0, where the usual
    /// largest-coefficient rule can cycle.
    static func maximize(_ c: [Double], _ a: [[Double]], _ b: [Double], tolerance: Double = 1e-10) -> Double? {
        let m = b.count, n = c.count
        var tableau = a.enumerated().map { i, row in
            row + (0..<m).map { $0 == i ? 1.0 : 0.0 } + [b[i]]
        }
        var reduced = c + [Double](repeating: 0, count: m)
        var value = 0.0
        var basis = Array(n..<(n + m))
        for _ in 0..<10_000 {
            guard let entering = reduced.firstIndex(where: { $0 > tolerance }) else { return value }
            var leaving: Int?
            for i in 0..<m where tableau[i][entering] > tolerance {
                guard let l = leaving else { leaving = i; continue }
                let ratio = tableau[i][n + m] / tableau[i][entering]
                let best = tableau[l][n + m] / tableau[l][entering]
                if ratio < best - tolerance || (abs(ratio - best) <= tolerance && basis[i] < basis[l]) { leaving = i }
            }
            guard let row = leaving else { return nil }
            let pivot = tableau[row][entering]
            tableau[row] = tableau[row].map { $0 / pivot }
            for i in 0..<m where i != row && tableau[i][entering] != 0 {
                let f = tableau[i][entering]
                for k in 0...(n + m) { tableau[i][k] -= f * tableau[row][k] }
            }
            let f = reduced[entering]
            for k in 0..<(n + m) { reduced[k] -= f * tableau[row][k] }
            value += f * tableau[row][n + m]
            basis[row] = entering
        }
        return value
    }
}
