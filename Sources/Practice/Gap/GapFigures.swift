/// The implementation gap for one court, one province or all: how many verdicts, and how many
/// depart from the statute (another law, a term below the minimum) or acquit.
public struct GapFigures: Sendable, Hashable {
    public private(set) var recorded = 0
    public private(set) var convicted = 0
    /// Convictions under UU 21/2007 or KUHP Pasal 455.
    public private(set) var underTraffickingLaw = 0
    /// Convictions under other laws only.
    public private(set) var otherLaw = 0
    /// …of which the statute's reading had found a trafficking offence.
    public private(set) var otherLawDespiteOffence = 0
    /// Prison terms below the minimum of the article convicted under.
    public private(set) var belowMinimum = 0
    /// Convictions whose articles have no minimum known to Simpul.
    public private(set) var minimumUnknown = 0
    public private(set) var acquitted = 0

    public init() {}

    public mutating func add(_ v: RecordedVerdict) {
        recorded += 1
        guard v.convicted else { acquitted += 1; return }
        convicted += 1
        if v.articles.contains(where: ArticleCitation.isTraffickingLaw) {
            underTraffickingLaw += 1
        } else {
            otherLaw += 1
            if v.statuteFoundOffence == true { otherLawDespiteOffence += 1 }
        }
        let minimum = v.articles.compactMap(ArticleCitation.minimumYears).map(\.years).max()
        // As the comparison on a screening judges it: only a prison term can fall below a
        // minimum, and an article outside Simpul's table leaves the minimum unknown.
        guard let months = v.sentenceMonths else { return }
        if let minimum {
            if Double(months) < minimum * 12 { belowMinimum += 1 }
        } else if !v.articles.allSatisfy(ArticleCitation.minimumKnown) {
            minimumUnknown += 1
        }
    }
}

/// Figures per court and per province, from one list of verdicts.
public struct GapTally: Sendable {
    public let byCourt: [String: GapFigures]
    public let byProvince: [String: GapFigures]
    public let total: GapFigures

    /// Verdicts with no court (or province) are counted in the total only.
    public init(_ verdicts: [RecordedVerdict]) {
        var court: [String: GapFigures] = [:], province: [String: GapFigures] = [:], total = GapFigures()
        for v in verdicts {
            total.add(v)
            if let c = v.court { court[c, default: GapFigures()].add(v) }
            if let p = v.provinceCode { province[p, default: GapFigures()].add(v) }
        }
        byCourt = court
        byProvince = province
        self.total = total
    }
}
