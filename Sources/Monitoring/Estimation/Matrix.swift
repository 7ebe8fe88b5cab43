import Foundation

/// The few dense linear-algebra steps the estimation needs, on `[[Double]]` rows: the matrices
/// are at most 256 × 37 (8 lists), so clarity wins over speed.
enum Matrix {
    /// Solves `a·x = b` for a symmetric positive definite `a` (Cholesky), given flat in
    /// row-major order, of which only the lower triangle is read; nil when `a` is not positive
    /// definite to working precision, i.e. the parameters are not identifiable.
    static func solveSymmetric(lower a: [Double], _ b: [Double]) -> [Double]? {
        let n = b.count
        var l = [Double](repeating: 0, count: n * n)
        let scale = (0..<n).map { a[$0 * n + $0] }.max() ?? 1
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 1e-12 * scale else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
            y[i] /= l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
            y[i] /= l[i * n + i]
        }
        return y
    }

    /// Reduced row echelon form by Gaussian elimination with partial pivoting; returns the rows
    /// and the pivot column of each non-zero row. Worked on one flat array, row-major, because
    /// the existence check runs it for every model tried in every bootstrap replicate.
    static func rowEchelon(_ m: [[Double]], columns: Int) -> (rows: [[Double]], pivots: [Int]) {
        var a = m.flatMap { $0 }
        let count = m.count
        var pivots: [Int] = []
        var r = 0
        for c in 0..<columns where r < count {
            guard let p = (r..<count).max(by: { abs(a[$0 * columns + c]) < abs(a[$1 * columns + c]) }),
                  abs(a[p * columns + c]) > 1e-9 else { continue }
            if p != r { for k in 0..<columns { a.swapAt(r * columns + k, p * columns + k) } }
            let pivot = a[r * columns + c]
            for k in 0..<columns { a[r * columns + k] /= pivot }
            for i in 0..<count where i != r && a[i * columns + c] != 0 {
                let f = a[i * columns + c]
                for k in 0..<columns { a[i * columns + k] -= f * a[r * columns + k] }
            }
            pivots.append(c)
            r += 1
        }
        return ((0..<r).map { Array(a[($0 * columns)..<(($0 + 1) * columns)]) }, pivots)
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
