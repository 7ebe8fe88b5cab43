import Law

/// Decisions ready to be compared with a case. Build it once per decision set; each comparison
/// then scores every decision with integer operations and explains only the few it shows.
public struct PracticeIndex: Sendable {
    public let decisions: [CourtDecision]
    let indexed: [IndexedDecision]
    let citations: CitationTable

    /// A decision counts as similar at 60% agreement over the facts both state…
    public static let threshold = 600
    /// …provided the facts compared weigh at least this much (say, exploitation and means and age):
    /// agreement over one or two facts says little.
    public static let minimumComparedWeight = 6
    /// How many decisions a comparison lists; the summary counts all similar ones.
    public static let shown = 10

    public init(_ set: DecisionSet) {
        var table = CitationTable()
        indexed = set.decisions.map { d in
            IndexedDecision(
                features: FactFeatures(d.facts), convicted: d.outcome == .convicted, sentenceMonths: d.sentenceMonths,
                convictedUnder: Array(Set(d.convictedUnder.map { table.number(ArticleCitation.normalized($0)) })).sorted(),
                articles: Array(Set(d.convictedUnder.flatMap(ArticleCitation.articles).map { table.number($0) })),
                reading: VerdictReading(articles: d.convictedUnder))
        }
        decisions = set.decisions
        citations = table
    }

    /// The decisions similar to the facts, most similar first (then the most recent), with their scores in thousandths.
    func similar(to facts: CaseFacts) -> [(index: Int, perMille: Int)] {
        let mine = FactFeatures(facts)
        var hits: [(index: Int, perMille: Int)] = []
        for i in indexed.indices {
            let s = SimilarityScore.score(mine, indexed[i].features)
            if s.perMille >= Self.threshold && s.comparedWeight >= Self.minimumComparedWeight { hits.append((i, s.perMille)) }
        }
        hits.sort { $0.perMille != $1.perMille ? $0.perMille > $1.perMille : decisions[$0.index].year > decisions[$1.index].year }
        return hits
    }

    /// What courts did with facts like these, and where that departs from the engine's reading of them.
    public func compare(_ facts: CaseFacts, screening: ScreeningResult) -> PracticeComparison {
        let hits = similar(to: facts)
        let matches = hits.prefix(Self.shown).map { hit in
            DecisionMatch(decision: decisions[hit.index], similarity: Double(hit.perMille) / 1000,
                          resemblance: Resemblance(case: facts, decision: decisions[hit.index].facts))
        }
        let similar = hits.map(\.index)
        return PracticeComparison(
            decisionsKnown: decisions.count, matches: Array(matches),
            summary: PracticeSummary(self, similar: similar),
            difference: StatutoryDifference(self, similar: similar, national: screening.national))
    }
}
