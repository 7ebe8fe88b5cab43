/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast generator that can be seeded, so that
/// every random choice of community detection, sampling and layout repeats exactly for the
/// same seed on every machine. The standard library's generator cannot be seeded.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in 0..<bound, without modulo bias worth speaking of (bound ≪ 2⁶⁴).
    public mutating func below(_ bound: Int) -> Int { Int((next() >> 1) % UInt64(bound)) }

    /// 0..<n in random order (Fisher–Yates).
    public mutating func permutation(_ n: Int) -> [Int32] {
        var p = Array(0..<Int32(n))
        for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, below(i + 1)) }
        return p
    }
}
