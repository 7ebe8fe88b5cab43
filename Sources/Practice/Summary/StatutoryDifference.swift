import Law

/// Where the similar decisions depart from the law engine's reading of the case: convictions under
/// another article or another law than the one the statute gives, and prison terms below the
/// minimum of the article the court convicted under.
public struct StatutoryDifference: Sendable, Encodable {
    /// The offence articles the engine finds for the facts (aggravations left out: they go with any offence).
    public let statutoryArticles: [String]
    /// Convictions under one of those articles.
    public let sameArticle: Int
    /// Convictions under the trafficking law (UU 21/2007, KUHP Pasal 455) but another article of it.
    public let otherTraffickingArticle: Int
    /// Convictions under other laws only.
    public let otherLaw: Int
    /// The citations those other-law convictions used.
    public let otherLaws: [ArticleCount]
    public let belowMinimum: [BelowMinimum]
    /// Convictions with a prison term whose articles have no minimum Simpul knows.
    public let minimumUnknown: Int
    /// The difference in plain sentences; empty when there is nothing to compare.
    public let statements: [Statement]

    /// One sentence of the difference, with what it is about (a page prints the departures and may leave the rest on screen).
    public struct Statement: Sendable, Encodable {
        public enum Kind: String, Sendable, Encodable {
            case noOffenceRead = "no_offence_read", sameArticle = "same_article", otherArticle = "other_article"
            case otherLaw = "other_law", belowMinimum = "below_minimum", minimumUnknown = "minimum_unknown"
        }
        public let kind: Kind
        public let id: String
        public let en: String

        init(_ kind: Kind, _ text: Bilingual) {
            self.kind = kind
            id = text.id
            en = text.en
        }

        public var text: Bilingual { Bilingual(id: id, en: en) }
    }

    /// A prison term below the statutory minimum.
    public struct BelowMinimum: Sendable, Encodable, Hashable {
        public let decisionID: String
        public let number: String
        public let sentenceMonths: Int
        public let minimumMonths: Int
        /// The article whose minimum it is, e.g. `UU 21/2007 Pasal 2`.
        public let provision: String
    }

    init(_ index: PracticeIndex, similar: [Int], national: NationalFinding) {
        let supporting = Set(national.provisions.filter { $0.role != .offence }.map(\.citation))
        statutoryArticles = national.verdict == .offence ? national.articles.filter { !supporting.contains($0) } : []
        let statute = Set(statutoryArticles.flatMap(ArticleCitation.articles).compactMap(index.citations.existing))
        var same = 0, otherArticle = 0, other: [Int] = [], below: [BelowMinimum] = [], unknown = 0
        for i in similar where index.indexed[i].convicted {
            let d = index.indexed[i]
            if d.articles.contains(where: statute.contains) { same += 1 } else if d.reading.underTraffickingLaw { otherArticle += 1 } else { other.append(i) }
            guard let months = d.sentenceMonths else { continue }
            switch d.reading.term(months: months) {
            case .belowMinimum(let minimum, let provision):
                below.append(BelowMinimum(decisionID: index.decisions[i].id, number: index.decisions[i].number, sentenceMonths: months,
                                          minimumMonths: minimum, provision: provision))
            case .minimumUnknown: unknown += 1
            case .atOrAboveMinimum, .noMinimum: break
            }
        }
        sameArticle = same
        otherTraffickingArticle = otherArticle
        otherLaw = other.count
        otherLaws = index.counts(other)
        belowMinimum = below
        minimumUnknown = unknown
        statements = similar.isEmpty ? [] : PracticeText.difference(
            statute: statutoryArticles, convicted: similar.filter { index.indexed[$0].convicted }.count,
            same: same, otherArticle: otherArticle, otherLaws: otherLaws, otherLawCount: other.count, below: below, unknown: unknown)
    }
}
