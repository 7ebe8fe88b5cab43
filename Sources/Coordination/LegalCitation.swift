/// How sure Simpul's legal source is of a fact (shared/reference/legal-facts.md).
public enum SourceConfidence: String, CoordinationCode {
    case high
    case medium
    case low

    public var label: (id: String, en: String) {
        switch self {
        case .high: return ("Keyakinan tinggi", "High confidence")
        case .medium: return ("Keyakinan sedang", "Medium confidence")
        case .low: return ("Belum diverifikasi", "Unverified")
        }
    }
}

/// Where a rule comes from, with how sure the source is, so a page can say when a figure is unverified.
public struct LegalCitation: Sendable, Hashable, Codable {
    /// E.g. `UU 21/2007 Pasal 52 ayat (1)`.
    public let article: String
    /// Where the text was seen.
    public let source: String
    public let confidence: SourceConfidence
    /// What is not verified, when something is not.
    public let caveatID: String?
    public let caveatEN: String?

    public init(article: String, source: String, confidence: SourceConfidence,
                caveat: (id: String, en: String)? = nil) {
        self.article = article
        self.source = source
        self.confidence = confidence
        self.caveatID = caveat?.id
        self.caveatEN = caveat?.en
    }
}

extension LegalCitation {
    /// Restitution and its four heads of loss (a–d).
    public static let uu21Pasal48 = LegalCitation(
        article: "UU 21/2007 Pasal 48 ayat (1)–(2)", source: "ejournal.unsrat.ac.id lexcrimen 28535; journal.uib.ac.id",
        confidence: .high)
    /// Restitution is paid within 14 days of notice of the final decision.
    public static let uu21Pasal50 = LegalCitation(
        article: "UU 21/2007 Pasal 50", source: "journal.fh.unsri.ac.id (secondary)", confidence: .medium,
        caveat: ("Jangka 14 hari belum diverifikasi dengan teks resmi.",
                 "The 14-day period is not yet verified against the official text."))
    /// Health and social rehabilitation, repatriation and social reintegration as the victim's right.
    public static let uu21Pasal51 = LegalCitation(
        article: "UU 21/2007 Pasal 51", source: "text-id.123dok.com myjvnmx6y", confidence: .high)
    /// The Pasal 51 services are given within 7 days of the request.
    public static let uu21Pasal52 = LegalCitation(
        article: "UU 21/2007 Pasal 52 ayat (1)", source: "text-id.123dok.com myjvnmx6y", confidence: .high)
    /// Shelters (rumah perlindungan sosial) and trauma centres.
    public static let uu21Pasal52Shelter = LegalCitation(
        article: "UU 21/2007 Pasal 52 ayat (2)–(3)", source: "text-id.123dok.com myjvnmx6y", confidence: .high)
    /// First aid for urgent trauma or illness within 7 days of the request.
    public static let uu21Pasal53 = LegalCitation(
        article: "UU 21/2007 Pasal 53", source: "text-id.123dok.com myjvnmx6y", confidence: .high)
    /// Repatriation of a victim abroad at the state's expense.
    public static let uu21Pasal54 = LegalCitation(
        article: "UU 21/2007 Pasal 54 ayat (1)", source: "text-id.123dok.com myjvnmx6y", confidence: .high)
    /// The five components of integrated services (pelayanan terpadu).
    public static let pp9of2008 = LegalCitation(
        article: "PP 9/2008 (pelayanan terpadu)", source: "jdih.kemenkeu.go.id", confidence: .high)
    /// LPSK protection, medical aid and psychosocial rehabilitation.
    public static let uu31of2014 = LegalCitation(
        article: "UU 13/2006 jo. UU 31/2014 Pasal 6", source: "m.tribunnews.com 2015-06-03; text-id.123dok.com 7qvm1831q",
        confidence: .high)
}
