import Foundation

/// How betweenness is computed (`Network.betweenness(_:)`).
public struct BetweennessOptions: Sendable, Hashable {
    /// Components of at most this many nodes are computed exactly (Brandes: one breadth-first
    /// search per node, time ∝ nodes × links of the component).
    public var exactUpTo: Int
    /// Larger components are estimated from this many source nodes drawn at random.
    public var samples: Int
    public var seed: UInt64
    /// The error bound holds with probability 1 − `failureProbability`.
    public var failureProbability: Double
    /// Entities named in more than this many cases are left out (nil, or a network without case
    /// nodes: none is). A chain of links
    /// through a bus terminal, a shelter, a hotline or a big agency's account is not a chain
    /// between people: counted, such hubs rank first, the brokers the ranking is for sink under
    /// them, and one component spans the country, which can then only be estimated.
    public var hubCaseLimit: Int?

    public init(exactUpTo: Int = 5_000, samples: Int = 256, seed: UInt64 = 2007, failureProbability: Double = 0.05,
                hubCaseLimit: Int? = 100) {
        self.hubCaseLimit = hubCaseLimit
        self.exactUpTo = exactUpTo
        self.samples = samples
        self.seed = seed
        self.failureProbability = failureProbability
    }
}

/// Betweenness centrality: for each node, the number of pairs of other nodes whose shortest
/// chains of links run through it (a pair with several shortest chains counts the share that
/// does). A broker who connects a recruiter's circle to an agency's ranks high.
public struct Betweenness: Sendable {
    public let scores: [Double]
    /// Components estimated by sampling, with their error bound. Empty: every score is exact.
    public let estimated: [EstimatedComponent]
    /// Hubs left out (`BetweennessOptions.hubCaseLimit`); their score is 0.
    public let excludedHubs: [NodeIndex]

    /// A component estimated from `samples` sources drawn without replacement (Brandes & Pich
    /// 2007): each score is n/k times the sum of the sources' dependencies, an unbiased estimate.
    /// A source's dependency on a node lies between 0 and n − 2, so Hoeffding's inequality with a
    /// union bound over the n nodes gives: with probability ≥ 1 − δ, every score in the component
    /// is within ε·n(n−2)/2 of the truth, ε = √(ln(2n/δ)/2k). The bound is for the worst node and
    /// is loose; ranks of clear brokers are far steadier than it suggests.
    public struct EstimatedComponent: Sendable, Equatable {
        public let component: Int
        public let nodes: Int
        public let samples: Int
        /// ε: the bound as a share of the most pairs a node can lie between, n(n−2)/2.
        public let relativeError: Double
        /// ε·n(n−2)/2, in the units of `scores`.
        public let absoluteError: Double
    }

    /// The `limit` highest scores, highest first, ties by node index.
    public func ranked(limit: Int) -> [(node: NodeIndex, score: Double)] {
        scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            .prefix(limit).map { (NodeIndex($0), scores[$0]) }
    }
}

extension Network {
    /// Betweenness of every node, links unweighted, hubs left out: exact in components (of the
    /// network without its hubs) up to `options.exactUpTo` nodes, estimated by sampled sources in
    /// larger ones. Sources are processed on all cores in a fixed number of chunks whose sums are
    /// added in order, so the scores are the same on any machine.
    public func betweenness(_ options: BetweennessOptions = BetweennessOptions()) -> Betweenness {
        var excluded = [Bool](repeating: false, count: nodeCount)
        // Only where the network holds cases: in a call-record network without them, a phone
        // with many contacts may well be the broker sought.
        if let limit = options.hubCaseLimit, kinds.contains(.case) {
            for (v, c) in caseCounts().enumerated() where kinds[v].isEntity && Int(c) > limit { excluded[v] = true }
        }
        let parts = components(excluding: excluded)
        var random = SeededGenerator(seed: options.seed)
        var members = Array(repeating: [NodeIndex](), count: parts.count)
        for (v, c) in parts.componentOf.enumerated() where parts.sizes[Int(c)] > 2 { members[Int(c)].append(NodeIndex(v)) }
        var sources: [(node: NodeIndex, scale: Double)] = []
        var estimated: [Betweenness.EstimatedComponent] = []
        for (c, nodes) in members.enumerated() where !nodes.isEmpty {
            let n = nodes.count
            if n <= options.exactUpTo || n <= options.samples {
                sources += nodes.map { ($0, 1) }
                continue
            }
            let k = options.samples
            // The first k of a seeded shuffle: k sources without replacement.
            var pool = nodes
            for i in 0..<k { pool.swapAt(i, i + random.below(n - i)) }
            sources += pool[0..<k].sorted().map { ($0, Double(n) / Double(k)) }
            let epsilon = (log(2 * Double(n) / options.failureProbability) / (2 * Double(k))).squareRoot()
            estimated.append(.init(component: c, nodes: n, samples: k, relativeError: epsilon,
                                   absoluteError: epsilon * Double(n) * Double(n - 2) / 2))
        }
        let chunks = 16
        let partials = BrandesChunks(adjacency: adjacency, excluded: excluded, sources: sources).run(chunks: chunks)
        var scores = [Double](repeating: 0, count: nodeCount)
        for p in partials { for v in 0..<nodeCount { scores[v] += p[v] } }
        // Each unordered pair was counted from both of its ends.
        for v in 0..<nodeCount { scores[v] /= 2 }
        return Betweenness(scores: scores, estimated: estimated, excludedHubs: excluded.indices.filter { excluded[$0] }.map { NodeIndex($0) })
    }

    /// How many distinct nodes each node is linked to.
    public func degrees() -> [Int] { (0..<nodeCount).map { adjacency.degree($0) } }
}
