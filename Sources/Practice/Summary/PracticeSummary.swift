import Law

/// What courts did in the similar decisions: convictions by article, acquittals, and prison terms.
public struct PracticeSummary: Sendable, Encodable {
    public let similar: Int
    public let convicted: Int
    public let acquitted: Int
    public let convictedUnder: [ArticleCount]
    /// Prison terms in months over the convictions that state one; nil when none does.
    public let sentenceMonths: SentenceRange?
    /// The summary as one sentence.
    public let text: Bilingual

    public struct SentenceRange: Sendable, Encodable, Hashable {
        public let median: Int
        public let min: Int
        public let max: Int
        /// How many sentences the figures rest on.
        public let count: Int

        /// The middle term (the mean of the two middle terms when there are an even number).
        init?(_ months: [Int]) {
            guard !months.isEmpty else { return nil }
            let s = months.sorted()
            let mid = s.count / 2
            median = s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
            min = s[0]
            max = s[s.count - 1]
            count = s.count
        }
    }

    init(_ index: PracticeIndex, similar: [Int]) {
        self.similar = similar.count
        acquitted = similar.filter { !index.indexed[$0].convicted }.count
        convicted = similar.count - acquitted
        convictedUnder = index.counts(similar)
        sentenceMonths = SentenceRange(similar.compactMap { index.indexed[$0].convicted ? index.indexed[$0].sentenceMonths : nil })
        text = PracticeText.summary(similar: self.similar, convictedUnder: convictedUnder, acquitted: acquitted, sentences: sentenceMonths)
    }
}
