import Foundation

/// The upper tail of the χ² distribution, for the goodness-of-fit check of the chosen model.
enum ChiSquare {
    /// P(X ≥ x) for X ~ χ²(df): the regularised upper incomplete gamma Q(df/2, x/2), by its
    /// series below a + 1 and its continued fraction above (where each converges fast).
    static func upperTail(_ x: Double, degreesOfFreedom df: Int) -> Double {
        guard df > 0 else { return x > 0 ? 0 : 1 }
        guard x > 0 else { return 1 }
        let a = Double(df) / 2, z = x / 2
        let logPrefix = a * log(z) - z - lgamma(a)
        if z < a + 1 {
            var term = 1 / a, sum = term, n = a
            while abs(term) > abs(sum) * 1e-15 {
                n += 1
                term *= z / n
                sum += term
            }
            return max(0, 1 - sum * exp(logPrefix))
        }
        // Modified Lentz evaluation of the continued fraction for Q.
        let tiny = 1e-300
        var b = z + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...500 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            d = abs(d) < tiny ? tiny : d
            c = b + an / c
            c = abs(c) < tiny ? tiny : c
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return exp(logPrefix) * h
    }
}
