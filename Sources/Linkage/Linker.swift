/// Links a batch of person records from several agencies into persons: prepares each record
/// (names, NIK, dates, phones), blocks, estimates a Fellegi–Sunter model by EM, scores the
/// blocked pairs and clusters the links under a size cap.
public struct Linker: Sendable {
    public var configuration: LinkageConfiguration

    public init(configuration: LinkageConfiguration = LinkageConfiguration()) {
        self.configuration = configuration
    }

    /// Links `records` (record ids must be unique). Every record appears in the result exactly
    /// once. `progress` is called on the calling thread between and within stages.
    public func link(_ records: [PersonRecord],
                     progress: (LinkageProgress) -> Void = { _ in }) -> LinkageResult {
        let c = configuration
        precondition(records.count < Blocking.maxRecords, "at most \(Blocking.maxRecords) records per run")
        progress(.init(stage: .preparing, fraction: 0))
        let (persons, context) = LinkageEngine.prepare(records, referenceYear: c.referenceYear)
        progress(.init(stage: .blocking, fraction: 0.15))
        let pairs = Blocking().candidatePairs(persons, context)
        progress(.init(stage: .training, fraction: 0.35))
        let model = LinkageEngine.train(persons: persons, context: context, pairs: pairs, configuration: c)
        let engine = LinkageEngine(persons: persons, context: context, model: model)
        progress(.init(stage: .scoring, fraction: 0.45))
        let links = score(pairs, engine: engine, progress: progress)
        progress(.init(stage: .clustering, fraction: 0.9))
        let clustering = Clustering(maxClusterSize: c.maxClusterSize, vetoWeight: c.vetoWeight,
                                    averageFloor: c.averageFloor, strongLinkWeight: c.strongLinkWeight) { i, j in
            let e = engine.explain(i, j)
            return (e.totalWeight, e.evidence.reduce(0) { $0 + min($1.weight, 0) },
                    e.evidence.contains { $0.field.identifiesThePerson && abs($0.weight) >= c.informativeWeight })
        }
        let roots = clustering.cluster(count: records.count, links: links)
        let result = LinkageResult(records: records, roots: roots, links: links, engine: engine,
                                   candidatePairs: pairs.count)
        progress(.init(stage: .done, fraction: 1))
        return result
    }

    /// Scores all blocked pairs in slices (so that progress can be reported) and keeps those at
    /// or above the match threshold.
    private func score(_ pairs: [UInt64], engine: LinkageEngine,
                       progress: (LinkageProgress) -> Void) -> [(Int32, Int32, Float)] {
        let threshold = configuration.matchWeight
        var links: [(Int32, Int32, Float)] = []
        let slice = 1_000_000
        var start = 0
        while start < pairs.count {
            let end = min(pairs.count, start + slice)
            let parts = parallelChunks(end - start, chunks: 8) { range -> [(Int32, Int32, Float)] in
                var out: [(Int32, Int32, Float)] = []
                for k in range {
                    let p = pairs[start + k]
                    let i = Int(p >> 32), j = Int(p & 0xFFFF_FFFF)
                    let w = engine.weight(i, j)
                    if w >= threshold { out.append((Int32(i), Int32(j), Float(w))) }
                }
                return out
            }
            links += parts.joined()
            start = end
            progress(.init(stage: .scoring, fraction: 0.45 + 0.45 * Double(end) / Double(pairs.count)))
        }
        return links
    }
}
