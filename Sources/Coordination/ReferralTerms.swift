/// What a referral asks the receiving agency to do.
public enum ReferralService: String, CoordinationCode {
    case healthRehabilitation = "health_rehabilitation"
    case socialRehabilitation = "social_rehabilitation"
    case repatriation
    case socialReintegration = "social_reintegration"
    case legalAid = "legal_aid"
    case shelter
    case psychologicalSupport = "psychological_support"
    case emergencyCare = "emergency_care"
    case lpskProtection = "lpsk_protection"
    /// Penyelidikan/penyidikan by the police.
    case investigation
    /// Consular help for a victim abroad or a foreign victim (Pasal 54).
    case consularAssistance = "consular_assistance"
    case restitutionAssessment = "restitution_assessment"

    public var label: (id: String, en: String) {
        switch self {
        case .healthRehabilitation, .socialRehabilitation, .repatriation, .socialReintegration, .legalAid, .shelter,
             .psychologicalSupport, .emergencyCare, .lpskProtection:
            return protectionService!.label
        case .investigation: return ("Penyelidikan/penyidikan", "Criminal investigation")
        case .consularAssistance: return ("Bantuan konsuler", "Consular assistance")
        case .restitutionAssessment: return ("Penilaian restitusi", "Restitution assessment")
        }
    }

    /// The protection-track service this referral delivers, when it is one (the codes are shared).
    public var protectionService: ProtectionService? { ProtectionService(rawValue: rawValue) }
}

/// What the receiving agency may see of the case while the referral is active. Nothing else:
/// least privilege, and Pasal 44 shields the victim's identity.
public enum ReferralGrant: String, CoordinationCode {
    /// The non-identifying case summary and its events.
    case caseSummary = "case_summary"
    /// The referred victim's name and identifiers.
    case victimIdentity = "victim_identity"
    /// How to reach the referred victim.
    case victimContact = "victim_contact"
    /// The referred victim's protection items and restitution.
    case protectionTrack = "protection_track"
    /// The justice track (stages, verdicts).
    case justiceTrack = "justice_track"

    public var label: (id: String, en: String) {
        switch self {
        case .caseSummary: return ("Ringkasan kasus", "Case summary")
        case .victimIdentity: return ("Identitas korban", "Victim's identity")
        case .victimContact: return ("Kontak korban", "Victim's contact details")
        case .protectionTrack: return ("Layanan pelindungan korban", "Victim's protection track")
        case .justiceTrack: return ("Proses peradilan", "Justice track")
        }
    }
}

/// How the referred work ended, reported back to the referring agency.
public enum ReferralOutcome: String, CoordinationCode {
    case delivered
    case partlyDelivered = "partly_delivered"
    case notDelivered = "not_delivered"
    case victimDeclinedService = "victim_declined_service"

    public var label: (id: String, en: String) {
        switch self {
        case .delivered: return ("Layanan diberikan", "Service delivered")
        case .partlyDelivered: return ("Layanan diberikan sebagian", "Service partly delivered")
        case .notDelivered: return ("Layanan tidak dapat diberikan", "Service could not be delivered")
        case .victimDeclinedService: return ("Korban menolak layanan", "Victim declined the service")
        }
    }
}
