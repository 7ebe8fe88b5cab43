import Foundation

/// The draws a simulated table of persons needs: how N persons fall into the capture-history
/// cells (multinomial), built from binomials, built from gamma variates. Exact at any N, in
/// time that grows only with log N, so a bootstrap of a table of a million persons is as quick
/// as one of a thousand.
extension SeededRandom {
    /// Counts of `persons` spread over cells with the given probabilities (summing to 1): each
    /// cell's count given the cells before it is binomial in the persons left.
    package mutating func multinomial(_ persons: Int, probabilities: [Double]) -> [Int] {
        var left = persons, mass = probabilities.reduce(0, +)
        return probabilities.indices.map { cell in
            let p = probabilities[cell]
            let count = cell == probabilities.count - 1 ? left : binomial(left, mass > 0 ? min(1, p / mass) : 0)
            left -= count
            mass -= p
            return count
        }
    }

    /// Binomial(n, p) by Knuth's splitting (TAOCP vol. 2, 3.4.1): the a-th smallest of n
    /// uniforms is Beta(a, n + 1 − a); whether it falls below p settles a whole half of the
    /// trials, and the rest is a binomial of half the size. Small n are counted one by one.
    package mutating func binomial(_ trials: Int, _ probability: Double) -> Int {
        guard probability > 0, trials > 0 else { return 0 }
        guard probability < 1 else { return trials }
        var n = trials, p = probability, successes = 0
        while n > 64 {
            let a = 1 + n / 2, b = n + 1 - a
            let x = beta(Double(a), Double(b))
            if x >= p {
                (n, p) = (a - 1, p / x)
            } else {
                successes += a
                (n, p) = (b - 1, (p - x) / (1 - x))
            }
        }
        for _ in 0..<n where uniform() < p { successes += 1 }
        return successes
    }

    mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(a), y = gamma(b)
        return x / (x + y)
    }

    /// Gamma(shape, 1) for shape ≥ 1 by Marsaglia & Tsang's squeeze (2000).
    mutating func gamma(_ shape: Double) -> Double {
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            let z = normal(), v = pow(1 + c * z, 3)
            guard v > 0 else { continue }
            let u = 1 - uniform()
            if log(u) < z * z / 2 + d - d * v + d * log(v) { return d * v }
        }
    }
}
