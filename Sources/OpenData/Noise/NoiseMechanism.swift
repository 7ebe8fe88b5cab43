import Foundation

/// How a table's counts are protected, with the privacy the choice costs.
///
/// The sensitivity is how much one victim can change one count: 1 for the tables a release
/// builds, because each victim falls in exactly one cell of each table.
public enum NoiseMechanism: Sendable, Hashable, Codable {
    /// Discrete Laplace noise of scale Δ/ε: ε-differential privacy, δ = 0.
    case discreteLaplace(epsilon: Fraction)
    /// Discrete Gaussian noise of variance Δ²/(2ρ): ρ-zero-concentrated differential privacy
    /// (Bun & Steinke 2016), stated in the ledger as (ε, δ) for the release's δ.
    case discreteGaussian(rho: Fraction)

    /// The name a receipt shows.
    public var name: String {
        switch self {
        case .discreteLaplace: return "discrete Laplace (Canonne, Kamath & Steinke 2020)"
        case .discreteGaussian: return "discrete Gaussian (Canonne, Kamath & Steinke 2020)"
        }
    }

    /// What one use costs in (ε, δ). For the Gaussian, ρ-zCDP implies (ρ + 2√(ρ·ln(1/δ)), δ)-DP
    /// (Bun & Steinke 2016, Proposition 1.3); the ε is rounded up to millionths so the ledger,
    /// which adds exactly, never counts less than was spent.
    public func cost(delta: Fraction) throws(OpenDataError) -> PrivacyCost {
        switch self {
        case .discreteLaplace(let epsilon):
            return PrivacyCost(epsilon: epsilon, delta: .zero)
        case .discreteGaussian(let rho):
            guard delta.numerator > 0, delta < .one else { throw .deltaRequired(delta) }
            let r = rho.approximateValue
            let bound = r + 2 * (r * log(1 / delta.approximateValue)).squareRoot()
            guard let epsilon = Fraction.roundingUp(bound) else { throw .parameterOutOfRange("rho", rho.description) }
            return PrivacyCost(epsilon: epsilon, delta: delta)
        }
    }

    /// The noise this mechanism adds to a count with the given sensitivity.
    public func noise(sensitivity: UInt64 = 1) throws(OpenDataError) -> CountNoise {
        switch self {
        case .discreteLaplace(let epsilon):
            // τ = Δ/ε = Δ·q/p.
            guard epsilon.numerator > 0, let scale = Fraction(sensitivity * epsilon.denominator, epsilon.numerator),
                  let laplace = DiscreteLaplace(scale: scale)
            else { throw .parameterOutOfRange("epsilon", epsilon.description) }
            return .laplace(laplace)
        case .discreteGaussian(let rho):
            // σ² = Δ²/(2ρ) = Δ²·q/(2p).
            guard rho.numerator > 0, let variance = Fraction(sensitivity * sensitivity * rho.denominator, 2 * rho.numerator),
                  let gaussian = DiscreteGaussian(variance: variance)
            else { throw .parameterOutOfRange("rho", rho.description) }
            return .gaussian(gaussian)
        }
    }
}

/// A noise distribution ready to draw from, with what a utility report says about it.
public enum CountNoise: Sendable, Hashable {
    case laplace(DiscreteLaplace)
    case gaussian(DiscreteGaussian)

    public func sample<R: RandomBitSource>(using source: inout R) -> Int {
        switch self {
        case .laplace(let d): return d.sample(using: &source)
        case .gaussian(let d): return d.sample(using: &source)
        }
    }

    public func probability(of x: Int) -> Double {
        switch self {
        case .laplace(let d): return d.probability(of: x)
        case .gaussian(let d): return d.probability(of: x)
        }
    }

    /// The standard deviation of the noise (for the Gaussian, its upper bound σ).
    public var standardDeviation: Double {
        switch self {
        case .laplace(let d): return d.variance.squareRoot()
        case .gaussian(let d): return d.varianceBound.squareRoot()
        }
    }

    /// A count is within this many of the truth 95 times in 100.
    public var margin95: Int {
        switch self {
        case .laplace(let d): return d.margin(level: 0.95)
        case .gaussian(let d): return d.margin(level: 0.95)
        }
    }
}

/// What a release spends of the privacy budget.
public struct PrivacyCost: Sendable, Hashable, Codable {
    public let epsilon: Fraction
    public let delta: Fraction

    public init(epsilon: Fraction, delta: Fraction) {
        self.epsilon = epsilon
        self.delta = delta
    }

    /// Sequential composition: costs on the same data add up. nil when the sum leaves the exact range.
    public func adding(_ other: PrivacyCost) -> PrivacyCost? {
        guard let e = epsilon.adding(other.epsilon), let d = delta.adding(other.delta) else { return nil }
        return PrivacyCost(epsilon: e, delta: d)
    }

    public static let none = PrivacyCost(epsilon: .zero, delta: .zero)
}
