/// How communities are found (`Network.communities(_:)`).
public struct CommunityOptions: Sendable, Hashable {
    /// How finely the network is cut (`Resolution`).
    public var resolution: Resolution
    /// How much entities that many cases share count (`HubWeighting`).
    public var hubs: HubWeighting
    /// Seed of every random choice: the same seed gives the same communities.
    public var seed: UInt64
    /// Full Leiden passes, each starting from the last one's communities. A second pass
    /// seldom changes much, and never makes the partition worse.
    public var iterations: Int
    /// Randomness of the refinement (θ in Traag et al.), in units of link weight: a merge one
    /// unit of weight worse than the best is chosen e^(−1/θ) times as often.
    public var randomness: Double

    public init(resolution: Resolution = .modularity(1), hubs: HubWeighting = .inverse(fullWeightUpTo: 10), seed: UInt64 = 2007,
                iterations: Int = 2, randomness: Double = 0.01) {
        self.resolution = resolution
        self.hubs = hubs
        self.seed = seed
        self.iterations = iterations
        self.randomness = randomness
    }
}

/// The quality Leiden maximises: Σ over communities c of [w_c − γ′·K_c²/2], where w_c is the
/// weight of the links inside c and K_c the summed strength of its nodes. Two groups A and B are
/// worth joining when the weight between them exceeds γ′·K_A·K_B.
public enum Resolution: Sendable, Hashable {
    /// Modularity with resolution γ (Newman–Girvan at γ = 1): γ′ = γ/2m. Its penalty shrinks as
    /// the whole network grows (the resolution limit, Fortunato & Barthélemy 2007): in a network
    /// of a million links, two small groups joined by a single link are worth merging. Right for
    /// a network of one investigation.
    case modularity(Double)
    /// γ′ given directly: the same cut whatever the size of the network, since it does not
    /// depend on 2m (the constant Potts model with strengths as node weights). At γ′ = 0.001,
    /// two groups of strength 30 are joined by a link of weight 0.9 or more. Right for the
    /// national network, where unrelated cases must not merge because the network is large.
    case perStrength(Double)

    /// γ′ = 10⁻⁴: the cut modularity makes in a network of 5,000 links (γ′ = 1/2m), the size of
    /// one investigation's network, applied to the national one. Two cases of strength 30 are
    /// joined by 0.09 of a link or more; a ring's case is held by its calls and the recruiter it
    /// names, a stray call between unrelated cases is not enough. In the benchmark's sweep,
    /// 10⁻⁵ let strangers into ring communities (18% of members) and 3·10⁻⁴ split rings (63%
    /// recovered), while 3·10⁻⁵ to 10⁻⁴ kept 96% of rings whole with 5% to 1% strangers.
    public static let nationalNetwork = Resolution.perStrength(1e-4)

    func penalty(totalStrength: Double) -> Double {
        switch self {
        case .modularity(let g): totalStrength > 0 ? g / totalStrength : 0
        case .perStrength(let g): g
        }
    }
}
