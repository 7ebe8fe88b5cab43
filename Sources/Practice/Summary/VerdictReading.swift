/// How a conviction stands against the statute: under the trafficking law or another, and its
/// prison term against the greatest minimum of the articles convicted under. Read once per
/// verdict, and the same for a screening's comparison and for the implementation gap, so that
/// the two never count a term differently.
public struct VerdictReading: Sendable {
    /// Convicted under UU 21/2007 or KUHP Pasal 455.
    public let underTraffickingLaw: Bool
    /// The greatest statutory minimum among the articles convicted under, in whole months, and
    /// the article that sets it.
    public let minimum: (months: Int, provision: String)?
    /// Whether Simpul's law table holds every article convicted under (so no minimum means the
    /// law sets none, not that Simpul does not know it).
    public let minimumKnown: Bool

    public init(articles: [String]) {
        underTraffickingLaw = articles.contains(where: ArticleCitation.isTraffickingLaw)
        minimum = articles.compactMap(ArticleCitation.minimumYears).max { $0.years < $1.years }
            .map { (months: Int(($0.years * 12).rounded()), provision: $0.provision) }
        minimumKnown = articles.allSatisfy(ArticleCitation.minimumKnown)
    }

    /// A prison term against the minimum (the one it falls below, named).
    public enum Term: Sendable { case belowMinimum(months: Int, provision: String), atOrAboveMinimum, noMinimum, minimumUnknown }

    public func term(months: Int) -> Term {
        if let minimum { return months < minimum.months ? .belowMinimum(months: minimum.months, provision: minimum.provision) : .atOrAboveMinimum }
        return minimumKnown ? .noMinimum : .minimumUnknown
    }
}
