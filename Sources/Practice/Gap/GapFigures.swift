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
        let reading = VerdictReading(articles: v.articles)
        if reading.underTraffickingLaw {
            underTraffickingLaw += 1
        } else {
            otherLaw += 1
            if v.statuteFoundOffence == true { otherLawDespiteOffence += 1 }
        }
        // Only a prison term can fall below a minimum.
        guard let months = v.sentenceMonths else { return }
        switch reading.term(months: months) {
        case .belowMinimum: belowMinimum += 1
        case .minimumUnknown: minimumUnknown += 1
        case .atOrAboveMinimum, .noMinimum: break
        }
    }
}

/// Figures per court and per province, from one list of verdicts.
public struct GapTally: Sendable {
    public let byCourt: [String: GapFigures]
    public let byProvince: [String: GapFigures]
    public let total: GapFigures

    /// The group of verdicts with no court (or province) recorded, so that the rows add up to the total.
    public static let notRecorded = ""

    public init(_ verdicts: [RecordedVerdict]) {
        var court: [String: GapFigures] = [:], province: [String: GapFigures] = [:], total = GapFigures()
        for v in verdicts {
            total.add(v)
            court[v.court ?? Self.notRecorded, default: GapFigures()].add(v)
            province[v.provinceCode ?? Self.notRecorded, default: GapFigures()].add(v)
        }
        byCourt = court
        byProvince = province
        self.total = total
    }
}
