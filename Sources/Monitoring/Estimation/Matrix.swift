import Foundation

/// The few dense linear-algebra steps the estimation needs, on `[[Double]]` rows: the matrices
/// are at most 256 × 37 (8 lists), so clarity wins over speed.
enum Matrix {
    /// Solves `a·x = b` for a symmetric positive definite `a` (Cholesky); nil when `a` is not
    /// positive definite to working precision, i.e. the parameters are not identifiable.
    static func solveSymmetric(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        let n = b.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        let scale = (0..<n).map { a[$0][$0] }.max() ?? 1
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i][j]
                for k in 0..<j { sum -= l[i][k] * l[j][k] }
                if i == j {
                    guard sum > 1e-12 * scale else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i][k] * y[k] }
            y[i] /= l[i][i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k][i] * y[k] }
            y[i] /= l[i][i]
        }
        return y
    }

    /// Reduced row echelon form by Gaussian elimination with partial pivoting; returns the rows
    /// and the pivot column of each non-zero row.
    static func rowEchelon(_ m: [[Double]], columns: Int) -> (rows: [[Double]], pivots: [Int]) {
        var rows = m
        var pivots: [Int] = []
        var r = 0
        for c in 0..<columns where r < rows.count {
            guard let p = (r..<rows.count).max(by: { abs(rows[$0][c]) < abs(rows[$1][c]) }),
                  abs(rows[p][c]) > 1e-9 else { continue }
            rows.swapAt(r, p)
            let pivot = rows[r][c]
            rows[r] = rows[r].map { $0 / pivot }
            for i in rows.indices where i != r && rows[i][c] != 0 {
                let f = rows[i][c]
                for k in 0..<columns { rows[i][k] -= f * rows[r][k] }
            }
            pivots.append(c)
            r += 1
        }
        return (Array(rows.prefix(r)), pivots)
    }

    static func rank(_ m: [[Double]], columns: Int) -> Int { rowEchelon(m, columns: columns).pivots.count }

    /// A basis of { x : m·x = 0 }, one vector per free column.
    static func nullSpace(_ m: [[Double]], columns: Int) -> [[Double]] {
        let (rows, pivots) = rowEchelon(m, columns: columns)
        return (0..<columns).filter { !pivots.contains($0) }.map { free in
            var x = [Double](repeating: 0, count: columns)
            x[free] = 1
            for (row, pivot) in zip(rows, pivots) { x[pivot] = -row[free] }
            return x
        }
    }

    static func times(_ m: [[Double]], _ x: [Double]) -> [Double] {
        m.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } }
    }
}
