import Foundation

/// A trafficking case (perkara TPPO) as the registry holds it. Holds no identities: those belong
/// to the persons, encrypted.
public struct CaseRecord: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    /// Registry number, e.g. `TPPO-2026-000123`.
    public let number: String
    public var provinceCode: String
    /// Kabupaten/kota.
    public var regency: String
    /// Date the case was opened (reported to an agency).
    public var openedOn: String
    /// Date of the acts, where known.
    public var incidentDate: String?
    public var exploitationTypes: [ExploitationType]
    /// Where the exploitation took place (ISO 3166-1 alpha-2; "ID" for Indonesia); nil when not
    /// known. It tells Indonesians exploited abroad from those exploited at home.
    public var exploitationCountry: String?
    public var status: CaseStatus
    /// A short non-identifying summary: no names, NIKs or addresses belong here.
    public var summary: String
    public var createdAt: String
    public var updatedAt: String

    public init(id: String, number: String, provinceCode: String, regency: String, openedOn: String,
                incidentDate: String?, exploitationTypes: [ExploitationType], status: CaseStatus,
                summary: String, createdAt: String, updatedAt: String, exploitationCountry: String? = nil) {
        self.id = id
        self.number = number
        self.provinceCode = provinceCode
        self.regency = regency
        self.openedOn = openedOn
        self.incidentDate = incidentDate
        self.exploitationTypes = exploitationTypes
        self.exploitationCountry = exploitationCountry
        self.status = status
        self.summary = summary
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public var provinceName: String { Province.named(code: provinceCode)?.name ?? provinceCode }
}

/// Where a case stands in the justice process.
public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    case reported
    case inquiry
    case investigation
    case prosecution
    case trial
    case verdict
    case closed

    public var label: (id: String, en: String) {
        switch self {
        case .reported: return ("Dilaporkan", "Reported")
        case .inquiry: return ("Penyelidikan", "Inquiry")
        case .investigation: return ("Penyidikan", "Investigation")
        case .prosecution: return ("Penuntutan", "Prosecution")
        case .trial: return ("Persidangan", "Trial")
        case .verdict: return ("Putusan", "Verdict")
        case .closed: return ("Ditutup", "Closed")
        }
    }
}

/// Forms of exploitation, with the codes of the case-facts contract and UU 21/2007's terms.
public enum ExploitationType: String, Sendable, Codable, CaseIterable {
    case prostitution
    case sexualExploitation = "sexual_exploitation"
    case forcedLabour = "forced_labour"
    case slaveryOrSimilar = "slavery_or_similar"
    case servitude
    case organRemoval = "organ_removal"
    case reproductiveExploitation = "reproductive_exploitation"
    /// Made to commit offences for the trafficker: scam compounds, drug carrying (facts contract version 2).
    case forcedCriminality = "forced_criminality"
    case otherForProfit = "other_for_profit"

    public var label: (id: String, en: String) {
        switch self {
        case .prostitution: return ("Pelacuran", "Prostitution")
        case .sexualExploitation: return ("Eksploitasi seksual", "Sexual exploitation")
        case .forcedLabour: return ("Kerja atau pelayanan paksa", "Forced labour or services")
        case .slaveryOrSimilar: return ("Perbudakan atau praktik serupa", "Slavery or similar practices")
        case .servitude: return ("Penghambaan", "Servitude")
        case .organRemoval: return ("Pengambilan organ/jaringan tubuh", "Organ removal")
        case .reproductiveExploitation: return ("Pemanfaatan organ reproduksi", "Reproductive exploitation")
        case .forcedCriminality: return ("Dipaksa melakukan tindak pidana", "Forced criminality")
        case .otherForProfit: return ("Pemanfaatan tenaga untuk keuntungan", "Use of a person's labour for profit")
        }
    }
}

/// The shape of a case number, TPPO-2026-000521, for telling one from an id in an address.
public enum CaseNumberFormat {
    /// `TPPO-2026-000123`: the year the case was opened and that year's sequence number.
    public static func make(year: Int, sequence: Int) -> String {
        "TPPO-\(year)-\(zeroPadded(sequence, 6))"
    }

    public static func matches(_ text: String) -> Bool {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "TPPO" && parts[1].count == 4 && parts[1].allSatisfy(\.isASCIIDigit)
            && (1...9).contains(parts[2].count) && parts[2].allSatisfy(\.isASCIIDigit)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
