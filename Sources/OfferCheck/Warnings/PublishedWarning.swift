/// A warning the task force published about a recruiter (peringatan resmi): the identifiers as
/// they are shown to the public, the legal basis in the task force's words, the day it was
/// published and the administrator who approved it. The public sees only these warnings and a
/// licence's status — never what investigators know about a network.
public struct PublishedWarning: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// A company, person or account name, as published.
    public var name: String?
    /// A SIP3MI number, as published.
    public var licenceNumber: String?
    /// A phone or WhatsApp number, as published.
    public var phone: String?
    /// A bank account or e-wallet, as published; shown, never matched (an offer has no account).
    public var account: String?
    /// Why the task force warns: the provisions and facts, in its own words.
    public var legalBasis: String
    public var publishedOn: CalendarDay
    /// The display name of the administrator who approved it.
    public var approvedBy: String

    public init(id: String, name: String?, licenceNumber: String?, phone: String?, account: String?,
                legalBasis: String, publishedOn: CalendarDay, approvedBy: String) {
        self.id = id
        self.name = name
        self.licenceNumber = licenceNumber
        self.phone = phone
        self.account = account
        self.legalBasis = legalBasis
        self.publishedOn = publishedOn
        self.approvedBy = approvedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, name, phone, account
        case licenceNumber = "licence_number"
        case legalBasis = "legal_basis"
        case publishedOn = "published_on"
        case approvedBy = "approved_by"
    }

    /// What a warning must have: something to recognise the recruiter by, and its basis.
    public var problems: [WarningProblem] {
        var out: [WarningProblem] = []
        func blank(_ s: String?) -> Bool { (s ?? "").allSatisfy(\.isWhitespace) }
        if blank(name), blank(licenceNumber), blank(phone), blank(account) { out.append(.noIdentifier) }
        if let p = phone, !blank(p), OfferAnswers.phoneKey(p) == nil { out.append(.unreadablePhone(p)) }
        if blank(legalBasis) { out.append(.noBasis) }
        return out
    }
}

/// Why a warning cannot be published.
public enum WarningProblem: Sendable, Hashable {
    case noIdentifier
    case unreadablePhone(String)
    case noBasis

    /// The form field the problem belongs to.
    public var field: String {
        switch self {
        case .noIdentifier: "name"
        case .unreadablePhone: "phone"
        case .noBasis: "legal_basis"
        }
    }

    public var message: OfferText {
        switch self {
        case .noIdentifier:
            OfferText(id: "Isi paling sedikit satu pengenal: nama, nomor SIP3MI, telepon, atau rekening.",
                      en: "Give at least one identifier: a name, a SIP3MI number, a phone or an account.")
        case .unreadablePhone(let p):
            OfferText(id: "Nomor telepon \"\(p.prefix(40))\" tidak terbaca; tulis misalnya 0812 3456 7890 atau +966 50 123 4567.",
                      en: "Cannot read the phone number \"\(p.prefix(40))\"; write it like 0812 3456 7890 or +966 50 123 4567.")
        case .noBasis:
            OfferText(id: "Tulis dasar hukum peringatan ini.", en: "Write the legal basis of this warning.")
        }
    }
}
