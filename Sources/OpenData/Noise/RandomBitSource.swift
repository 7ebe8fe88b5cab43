/// Where the noise samplers draw their randomness: 64 uniformly random bits at a time.
///
/// A protocol so that production draws from the operating system's CSPRNG while tests pin a
/// seeded source and every failure reproduces.
public protocol RandomBitSource {
    mutating func nextBits() -> UInt64
}

/// The operating system's cryptographically secure generator (`getrandom` on Linux): the only
/// source a published release may use, since a predictable source lets anyone subtract the noise.
public struct SystemRandomBits: RandomBitSource, Sendable {
    private var generator = SystemRandomNumberGenerator()

    public init() {}

    public mutating func nextBits() -> UInt64 { generator.next() }
}

extension RandomBitSource {
    /// A whole number uniform in `0..<bound`, exactly: draws just enough bits to cover the bound
    /// and throws away draws at or above it (a modulo would favour small values).
    mutating func uniform(below bound: UInt128) -> UInt128 {
        precondition(bound > 0, "uniform(below:) needs a positive bound")
        if bound == 1 { return 0 }
        let bits = 128 - (bound - 1).leadingZeroBitCount
        let mask: UInt128 = bits == 128 ? ~0 : (UInt128(1) << bits) - 1
        while true {
            var draw = UInt128(nextBits())
            if bits > 64 { draw |= UInt128(nextBits()) << 64 }
            draw &= mask
            if draw < bound { return draw }
        }
    }

    /// True with probability `numerator / denominator` exactly.
    mutating func bernoulli(_ numerator: UInt128, over denominator: UInt128) -> Bool {
        uniform(below: denominator) < numerator
    }

    /// True with probability exp(−n/d), exactly, without evaluating exp: Canonne, Kamath & Steinke
    /// (2020), Algorithm 1. exp(−γ) is split into exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)) so that each
    /// factor is drawn by the series trick that needs γ ≤ 1.
    mutating func bernoulliExp(_ n: UInt128, over d: UInt128) -> Bool {
        var remaining = n
        while remaining > d {
            if !bernoulliExpAtMostOne(1, over: 1) { return false }
            remaining -= d
        }
        return bernoulliExpAtMostOne(remaining, over: d)
    }

    /// For γ = n/d in [0, 1]: draw Bernoulli(γ/k) for k = 1, 2, … until one fails; the chance that
    /// the failing k is odd is exactly the alternating series of exp(−γ).
    private mutating func bernoulliExpAtMostOne(_ n: UInt128, over d: UInt128) -> Bool {
        var k: UInt128 = 1
        while bernoulli(n, over: d * k) { k += 1 }
        return k % 2 == 1
    }
}
