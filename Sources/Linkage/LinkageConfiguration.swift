import Foundation

/// Settings of a linkage run. The defaults are the ones the benchmark figures were measured with.
public struct LinkageConfiguration: Sendable, Hashable {
    /// No cluster may hold more records than this (a person rarely has more records than
    /// agencies × cases; a bigger cluster is almost always strangers chained together).
    public var maxClusterSize = 10
    /// Pairs at or above this match probability are links.
    public var matchProbability = 0.5
    /// Two clusters do not merge when a record of one and a record of the other disagree by
    /// more than this weight (the sum of their disagreeing fields' weights).
    public var vetoWeight = -10.0
    /// Two clusters merge only when the average match probability over all their cross pairs
    /// reaches this.
    public var averageFloor = 0.3
    /// A cross pair counts in that average only when some field that identifies a person
    /// (`LinkageField.identifiesThePerson`) weighs at least this much either way.
    public var informativeWeight = 0.0
    /// A link at least this strong (odds of about a thousand to one) merges two clusters
    /// whatever the average, vetoes still applying: one person's records from several agencies
    /// often differ in a second phone number or a year-only date, and those mild disagreements
    /// should not outvote a shared phone or NIK.
    public var strongLinkWeight = 10.0
    /// The year used to place a NIK's two-digit birth year in a century.
    public var referenceYear = Calendar(identifier: .gregorian).component(.year, from: Date())
    /// EM iterations in each training session (the fit settles well before 40).
    public var emIterations = 40
    /// Random pairs drawn to estimate how often non-matches agree by chance.
    public var randomPairs = 200_000
    /// Blocked pairs sampled for EM.
    public var trainingPairs = 400_000
    /// Seed of the random pair sample, so that a run can be repeated exactly.
    public var seed: UInt64 = 42

    public init() {}

    /// The threshold as a weight.
    var matchWeight: Double { log2(matchProbability / (1 - matchProbability)) }
}

/// Where a linkage run is, for a progress bar.
public struct LinkageProgress: Sendable, Hashable {
    public enum Stage: String, Sendable, CaseIterable { case preparing, blocking, training, scoring, clustering, done }
    public var stage: Stage
    /// Share of the whole run done, 0…1.
    public var fraction: Double
}

/// Deterministic pseudo-random numbers (SplitMix64) for sampling.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
