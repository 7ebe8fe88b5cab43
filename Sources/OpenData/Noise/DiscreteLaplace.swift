import Foundation

/// The discrete Laplace distribution on the integers: P(x) ∝ exp(−|x|/τ) for a rational scale τ.
///
/// Sampled exactly by Canonne, Kamath & Steinke (2020), "The Discrete Gaussian for Differential
/// Privacy", Algorithm 2: only integer arithmetic and exact Bernoulli draws, because the
/// floating-point Laplace leaks through the gaps in the doubles it can produce (Mironov 2012).
public struct DiscreteLaplace: Sendable, Hashable {
    /// τ: a count with sensitivity Δ released with noise of scale Δ/ε is ε-differentially private.
    public let scale: Fraction

    /// nil for a zero scale, which would be no noise at all.
    public init?(scale: Fraction) {
        guard scale.numerator > 0 else { return nil }
        self.scale = scale
    }

    /// One draw.
    public func sample<R: RandomBitSource>(using source: inout R) -> Int {
        // With τ = t/s: X = U + t·V, U uniform on 0..<t kept with probability exp(−U/t), V
        // geometric with ratio exp(−1), makes X geometric with ratio exp(−1/t); ⌊X/s⌋ then has
        // ratio exp(−s/t) = exp(−1/τ). A random sign, with "−0" redrawn, makes it two-sided.
        let t = UInt128(scale.numerator), s = UInt128(scale.denominator)
        while true {
            let u = source.uniform(below: t)
            guard source.bernoulliExp(u, over: t) else { continue }
            var v: UInt128 = 0
            while source.bernoulliExp(1, over: 1) { v += 1 }
            let y = (u + t * v) / s
            let negative = source.bernoulli(1, over: 2)
            if negative && y == 0 { continue }
            return negative ? -Int(y) : Int(y)
        }
    }

    /// exp(−1/τ): the ratio between the probabilities of neighbouring magnitudes.
    public var ratio: Double { exp(-1 / scale.approximateValue) }

    /// The exact probability of `x`, in floating point: for tests and the utility report.
    public func probability(of x: Int) -> Double {
        let r = ratio
        return (1 - r) / (1 + r) * pow(r, Double(abs(x)))
    }

    /// Variance 2r/(1−r)², r = exp(−1/τ).
    public var variance: Double {
        let r = ratio
        return 2 * r / ((1 - r) * (1 - r))
    }

    /// E|X| = 2r/(1−r²).
    public var meanAbsoluteError: Double {
        let r = ratio
        return 2 * r / (1 - r * r)
    }

    /// The smallest m with P(|X| > m) ≤ 1 − level: P(|X| > m) = 2r^(m+1)/(1+r).
    public func margin(level: Double) -> Int {
        let r = ratio
        var m = 0
        while 2 * pow(r, Double(m + 1)) / (1 + r) > 1 - level { m += 1 }
        return m
    }
}
