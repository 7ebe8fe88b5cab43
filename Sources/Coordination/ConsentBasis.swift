import Cases

/// Why a victim's information may go to another agency: the victim's (or a guardian's) consent,
/// or the lawful reason consent was not needed, recorded with the referral.
public struct ConsentBasis: Sendable, Hashable, Codable {
    public let kind: Kind
    /// The day consent was given, or the day the lawful reason was assessed.
    public let recordedOn: CalendarDate
    /// What the victim agreed to, or why consent was not sought. Required for the lawful reasons.
    public let explanation: String?

    public enum Kind: String, CoordinationCode {
        /// The victim consented after being told what is shared and with whom.
        case victimConsent = "victim_consent"
        /// A parent or guardian consented for a child (under 18, UU 21/2007 Pasal 1 angka 5).
        case guardianConsent = "guardian_consent"
        /// Life or health in urgent danger (Pasal 47 protection, Pasal 53 first aid) and consent cannot wait.
        case urgentProtection = "urgent_protection"
        /// A statute obliges the transfer (police to prosecutor, a court's request to LPSK).
        case statutoryDuty = "statutory_duty"
        /// A court ordered it.
        case courtOrder = "court_order"

        public var label: (id: String, en: String) {
            switch self {
            case .victimConsent: return ("Persetujuan korban", "Victim's consent")
            case .guardianConsent: return ("Persetujuan orang tua/wali", "Parent's or guardian's consent")
            case .urgentProtection: return ("Keadaan darurat (keselamatan korban)", "Urgent danger to the victim")
            case .statutoryDuty: return ("Kewajiban undang-undang", "Duty under a statute")
            case .courtOrder: return ("Penetapan/perintah pengadilan", "Court order")
            }
        }

        /// True when someone agreed; false for the lawful reasons that stand in for consent.
        public var isConsent: Bool { self == .victimConsent || self == .guardianConsent }
    }

    public init(kind: Kind, recordedOn: CalendarDate, explanation: String?) {
        self.kind = kind
        self.recordedOn = recordedOn
        self.explanation = explanation?.nonBlank
    }

    /// A lawful reason must be written down; consent cannot be dated after the referral it allows.
    func validate(requestedOn: CalendarDate) throws(CoordinationError) {
        if !kind.isConsent, explanation == nil {
            throw .input("consent.explanation",
                         id: "Jelaskan dasar hukum merujuk tanpa persetujuan korban (\(kind.label.id))",
                         en: "Explain the lawful reason for referring without the victim's consent (\(kind.label.en))")
        }
        if recordedOn > requestedOn {
            throw .input("consent.recordedOn",
                         id: "Tanggal persetujuan tidak boleh setelah tanggal rujukan",
                         en: "Consent cannot be dated after the referral")
        }
    }
}
