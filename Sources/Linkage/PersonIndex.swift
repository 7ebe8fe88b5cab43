/// An index of known persons that answers, for one new record, which of them it may be — with
/// a probability and an explanation for each candidate. Built once (for a million records, in
/// about the time of a batch run's preparation); each lookup compares the new record only with
/// the records that share a blocking key with it, so it takes milliseconds.
public struct PersonIndex: Sendable {
    /// A known record that may be the same person as the query.
    public struct Candidate: Sendable, Hashable {
        public var recordID: String
        public var probability: Double { explanation.probability }
        public var weight: Double { explanation.totalWeight }
        public var explanation: MatchExplanation
    }

    private let engine: LinkageEngine
    private let recordIDs: [String]
    private let entries: [UInt64]
    private let blocking = Blocking()
    private let referenceYear: Int

    public var count: Int { recordIDs.count }
    public var model: LinkageModel { engine.model }

    /// Indexes `records`. With no `model` (say, from a batch run's `LinkageResult.model`),
    /// one is estimated from the records themselves, as the batch linker does.
    public init(records: [PersonRecord], model: LinkageModel? = nil,
                configuration: LinkageConfiguration = LinkageConfiguration()) {
        precondition(records.count < Blocking.maxRecords, "at most \(Blocking.maxRecords) records")
        let (persons, context) = LinkageEngine.prepare(records, referenceYear: configuration.referenceYear)
        var entries = blocking.entries(persons, context)
        parallelSort(&entries)
        let trained = model ?? LinkageEngine.train(persons: persons, context: context,
                                                   pairs: blocking.candidatePairs(persons, context),
                                                   configuration: configuration)
        engine = LinkageEngine(persons: persons, context: context, model: trained)
        recordIDs = records.map(\.recordID)
        self.entries = entries
        referenceYear = configuration.referenceYear
    }

    /// The known records that may be the same person as `record`, most likely first: at most
    /// `limit`, each at least `minimumProbability` likely.
    public func candidates(for record: PersonRecord, limit: Int = 10,
                           minimumProbability: Double = 0.01) -> [Candidate] {
        let parsed = ParsedPerson(record, referenceYear: referenceYear)
        let (query, extra) = engine.context.vocabulary.prepareQuery(parsed)
        var context = engine.context
        context.extraTokens = extra
        var seen = Set<Int>()
        for (kind, hash) in Blocking.keys(query, context) {
            let key = kind.rawValue << 36 | hash >> 28
            let range = block(key)
            // A key the query shares with very many records says little; like the batch run,
            // skip it (other keys still find those records).
            guard range.count <= blocking.cap(kind) * 2 else { continue }
            for e in range { seen.insert(Int(entries[e] & ((1 << Blocking.indexBits) - 1))) }
        }
        var out: [Candidate] = []
        for i in seen {
            let comparison = withUnsafePointer(to: query) { q in
                engine.persons.withUnsafeBufferPointer { context.compare(q, $0.baseAddress! + i) }
            }
            let explanation = MatchExplanation(comparison, model: engine.model)
            if explanation.probability >= minimumProbability {
                out.append(Candidate(recordID: recordIDs[i], explanation: explanation))
            }
        }
        out.sort { ($0.weight, $1.recordID) > ($1.weight, $0.recordID) }
        return Array(out.prefix(limit))
    }

    /// The entries (sorted) whose key part equals `key`, by binary search.
    private func block(_ key: UInt64) -> Range<Int> {
        func lowerBound(_ k: UInt64) -> Int {
            var lo = 0, hi = entries.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if entries[mid] >> Blocking.indexBits < k { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return lowerBound(key)..<lowerBound(key + 1)
    }
}
