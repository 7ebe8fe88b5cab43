/// The outcome of a batch linkage: each record's cluster, the links inside clusters, and the
/// model that was estimated.
public struct LinkageResult: Sendable {
    /// record_id → cluster_id, one entry for every input record.
    public let clusters: [String: String]
    /// The model estimated from the data.
    public var model: LinkageModel { engine.model }
    /// Number of pairs compared after blocking.
    public let candidatePairs: Int
    /// Size of the largest cluster.
    public let largestCluster: Int
    public let clusterCount: Int

    private let recordIDs: [String]
    private let engine: LinkageEngine
    private let kept: [(Int32, Int32, Float)]

    /// A pair of records judged the same person and placed in one cluster.
    public struct Link: Sendable, Hashable {
        public var first: String
        public var second: String
        public var weight: Double
        public var probability: Double { LinkageModel.probability(weight: weight) }
        let i: Int32, j: Int32
    }

    /// The links (scored pairs above the threshold) whose records ended in the same cluster.
    public var links: [Link] {
        kept.map { Link(first: recordIDs[Int($0.0)], second: recordIDs[Int($0.1)], weight: Double($0.2), i: $0.0, j: $0.1) }
    }

    /// Why the two records of a link were matched.
    public func explanation(for link: Link) -> MatchExplanation { engine.explain(Int(link.i), Int(link.j)) }

    /// The comparison of the records at input positions i and j.
    public func explanation(at i: Int, _ j: Int) -> MatchExplanation { engine.explain(i, j) }

    /// The comparison of any two input records by id (nil for an unknown id).
    public func explanation(_ a: String, _ b: String) -> MatchExplanation? {
        guard let i = recordIDs.firstIndex(of: a), let j = recordIDs.firstIndex(of: b) else { return nil }
        return explanation(at: i, j)
    }

    init(records: [PersonRecord], roots: [Int32], links: [(Int32, Int32, Float)], engine: LinkageEngine,
         candidatePairs: Int) {
        recordIDs = records.map(\.recordID)
        // Clusters are numbered in order of their first record in the input.
        var number: [Int32: Int] = [:]
        var sizes: [Int: Int] = [:]
        var map: [String: String] = [:]
        map.reserveCapacity(records.count)
        let width = String(records.count).count
        for (k, r) in roots.enumerated() {
            let n = number[r] ?? { let v = number.count + 1; number[r] = v; return v }()
            sizes[n, default: 0] += 1
            let digits = String(n)
            map[records[k].recordID] = "C" + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        clusters = map
        clusterCount = number.count
        largestCluster = sizes.values.max() ?? 0
        kept = links.filter { roots[Int($0.0)] == roots[Int($0.1)] }
        self.engine = engine
        self.candidatePairs = candidatePairs
    }
}
