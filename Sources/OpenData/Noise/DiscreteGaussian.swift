import Foundation

/// The discrete Gaussian on the integers: P(x) ∝ exp(−x²/(2σ²)) for a rational variance σ².
///
/// Sampled exactly by Canonne, Kamath & Steinke (2020), Algorithm 3: a discrete Laplace draw
/// with integer scale t = ⌊σ⌋ + 1, kept with probability exp(−(|y| − σ²/t)²/(2σ²)).
public struct DiscreteGaussian: Sendable, Hashable {
    /// σ², kept as a fraction so the acceptance test is exact.
    public let variance: Fraction

    /// nil for zero variance, or one too large for exact 128-bit arithmetic (σ² ≥ 10⁶, far
    /// beyond any useful noise on counts).
    public init?(variance: Fraction) {
        guard variance.numerator > 0, variance < Fraction(1_000_000)!, variance.denominator <= 1_000_000 else { return nil }
        self.variance = variance
    }

    /// One draw.
    public func sample<R: RandomBitSource>(using source: inout R) -> Int {
        let a = UInt128(variance.numerator), b = UInt128(variance.denominator)
        // ⌊σ⌋ = ⌊√⌊σ²⌋⌋, so the integer square root of the whole part is exact.
        let t = UInt128(Self.integerSquareRoot(UInt64(a / b)) + 1)
        let proposal = DiscreteLaplace(scale: Fraction(UInt64(t))!)!
        while true {
            let y = proposal.sample(using: &source)
            // γ = (|y| − σ²/t)² / (2σ²) = (|y|·b·t − a)² / (2·a·b·t²).
            let scaled = UInt128(abs(y)) * b * t
            let gap = scaled >= a ? scaled - a : a - scaled
            if source.bernoulliExp(gap * gap, over: 2 * a * b * t * t) { return y }
        }
    }

    /// The exact probability of `x`, normalised over ±(20σ + 20): for tests and reports.
    public func probability(of x: Int) -> Double {
        let s2 = variance.approximateValue
        let reach = Int(20 * s2.squareRoot()) + 20
        let total = (-reach...reach).reduce(0.0) { $0 + exp(-Double($1 * $1) / (2 * s2)) }
        return exp(-Double(x * x) / (2 * s2)) / total
    }

    /// The variance is at most σ² (CKS20, Proposition 5); σ² is what the report states.
    public var varianceBound: Double { variance.approximateValue }

    /// The smallest m with P(|X| > m) ≤ 1 − level, from the exact probabilities.
    public func margin(level: Double) -> Int {
        var inside = probability(of: 0)
        var m = 0
        while inside < level {
            m += 1
            inside += 2 * probability(of: m)
        }
        return m
    }

    static func integerSquareRoot(_ n: UInt64) -> UInt64 {
        var r = UInt64(Double(n).squareRoot())
        while r * r > n { r -= 1 }
        while (r + 1) * (r + 1) <= n { r += 1 }
        return r
    }
}
