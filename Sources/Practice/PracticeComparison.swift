import Law

/// Court practice beside the statute for one case: the similar decisions shown, what courts did
/// with all similar ones, and where that departs from the law engine's reading.
public struct PracticeComparison: Sendable, Encodable {
    /// How many decisions Simpul holds; 0 says the set is empty, not that nothing was similar.
    public let decisionsKnown: Int
    public let matches: [DecisionMatch]
    public let summary: PracticeSummary
    public let difference: StatutoryDifference
}

/// A similar decision with its citation and why it is similar.
public struct DecisionMatch: Sendable, Encodable {
    public let decision: CourtDecision
    /// The weighted share of the facts both state on which they agree, 0–1.
    public let similarity: Double
    public let resemblance: Resemblance
}

/// A citation and how many similar decisions convicted under it.
public struct ArticleCount: Sendable, Encodable, Hashable {
    public let citation: String
    public let decisions: Int
}

extension PracticeIndex {
    /// Counts per normalized citation, most used first (ties by citation, so the order is stable).
    func counts(_ similar: [Int]) -> [ArticleCount] {
        var tally: [Int32: Int] = [:]
        for i in similar { for c in indexed[i].convictedUnder { tally[c, default: 0] += 1 } }
        return tally.map { ArticleCount(citation: citations.names[Int($0.key)], decisions: $0.value) }
            .sorted { $0.decisions != $1.decisions ? $0.decisions > $1.decisions : $0.citation < $1.citation }
    }
}
