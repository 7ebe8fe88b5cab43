/// A law or treaty the engine cites.
public enum Statute: String, Sendable, Hashable, Encodable {
    case palermo = "Palermo Protocol"
    /// Undang-Undang No. 21 Tahun 2007, Pemberantasan Tindak Pidana Perdagangan Orang.
    case uu21 = "UU 21/2007"
    /// The new criminal code, UU 1/2023, in force from 2 January 2026.
    case kuhp = "KUHP"
    /// UU 1/2026 tentang Penyesuaian Pidana.
    case uu1of2026 = "UU 1/2026"
    /// The witness and victim protection law (LPSK), UU 13/2006 as amended by UU 31/2014.
    case lpsk = "UU 13/2006 jo. UU 31/2014"
    /// The child-protection law: UU 23/2002 as amended by UU 35/2014 (Perlindungan Anak).
    case uu35 = "UU 35/2014"
    /// The 1956 Supplementary Convention on the Abolition of Slavery, the Slave Trade, and
    /// Institutions and Practices Similar to Slavery.
    case slavery1956 = "Supplementary Slavery Convention 1956"

    /// Treaties number their provisions "Art."; Indonesian laws "Pasal".
    var isTreaty: Bool { self == .palermo || self == .slavery1956 }
}

/// How sure `legal-facts.md` is of a fact: high = a primary or near-verbatim text, or two
/// sources agree; medium = one secondary source; low = unverified.
public enum Confidence: String, Sendable, Hashable, Encodable, Comparable {
    case low
    case mediumLow = "medium-low"
    case medium
    case mediumHigh = "medium-high"
    case high

    private var rank: Int {
        switch self { case .low: 0; case .mediumLow: 1; case .medium: 2; case .mediumHigh: 3; case .high: 4 }
    }
    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
}

/// The days a provision was in force: from `from` to `until`, both inclusive; `nil` is open.
public struct InForce: Sendable, Hashable, Encodable {
    public let from: CivilDate?
    public let until: CivilDate?

    public func contains(_ day: CivilDate) -> Bool {
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }
}

/// One provision as data: what it says (paraphrased), where that was read, how sure that is,
/// and when it was in force. The engine's rules refer to provisions only through these values.
/// (A class: the table is shared, and a screening cites provisions many times without copying them.)
public final class Provision: Sendable, Identifiable, Encodable {
    public let id: ProvisionID
    public let statute: Statute
    /// "2", "455", "VII" (UU 1/2026 numbers its articles in Roman numerals), "3" for Palermo Art. 3.
    public let article: String
    /// "ayat (1)", "angka 7", "huruf q", or for Palermo "(a)".
    public let part: String?
    public let title: Bilingual
    /// A paraphrase, never the statutory text.
    public let summary: Bilingual
    /// The penalty the provision itself sets, if any.
    public let penalty: Penalty?
    public let inForce: InForce
    public let source: String
    public let confidence: Confidence
    /// What legal-facts.md leaves open about this provision.
    public let caveat: Bilingual?
    /// "UU 21/2007 Pasal 2", "KUHP Pasal 455", "Palermo Protocol Art. 3".
    public let articleCitation: String
    /// The full citation with its part: "UU 21/2007 Pasal 2 ayat (1)", "Palermo Protocol Art. 3(c)".
    public let citation: String

    public init(id: ProvisionID, statute: Statute, article: String, part: String?, title: Bilingual, summary: Bilingual,
                penalty: Penalty?, inForce: InForce, source: String, confidence: Confidence, caveat: Bilingual?) {
        self.id = id
        self.statute = statute
        self.article = article
        self.part = part
        self.title = title
        self.summary = summary
        self.penalty = penalty
        self.inForce = inForce
        self.source = source
        self.confidence = confidence
        self.caveat = caveat
        // Citations are built once here: the engine cites provisions many times per screening.
        let base = statute.isTreaty ? "\(statute.rawValue) Art. \(article)" : "\(statute.rawValue) Pasal \(article)"
        articleCitation = base
        citation = part.map { statute.isTreaty ? base + $0 : "\(base) \($0)" } ?? base
    }

    enum CodingKeys: String, CodingKey {
        case citation, statute, article, part, title, summary, penalty, inForce, source, confidence, caveat
    }
}

extension Provision {
    /// In force for UU 21/2007 provisions that the new KUHP left standing.
    static let uu21Standing = InForce(from: LegalCalendar.uu21InForce, until: nil)

    /// A UU 21/2007 provision; `title` and `summary` are (Indonesian, English).
    static func uu21(
        _ id: ProvisionID, _ article: String, _ part: String? = nil,
        title: (String, String), summary: (String, String), penalty: Penalty? = nil,
        inForce: InForce = uu21Standing, source: String, confidence: Confidence, caveat: (String, String)? = nil
    ) -> Provision {
        Provision(id: id, statute: .uu21, article: article, part: part,
                  title: Bilingual(id: title.0, en: title.1), summary: Bilingual(id: summary.0, en: summary.1),
                  penalty: penalty, inForce: inForce, source: source, confidence: confidence,
                  caveat: caveat.map { Bilingual(id: $0.0, en: $0.1) })
    }
}
