import Cases

/// A service on a victim's protection track (jalur pelindungan): the five integrated-service
/// components of PP 9/2008, plus shelter, psychological support, urgent first aid and LPSK protection.
public enum ProtectionService: String, CoordinationCode {
    case healthRehabilitation = "health_rehabilitation"
    case socialRehabilitation = "social_rehabilitation"
    case repatriation
    case socialReintegration = "social_reintegration"
    case legalAid = "legal_aid"
    case shelter
    case psychologicalSupport = "psychological_support"
    case emergencyCare = "emergency_care"
    case lpskProtection = "lpsk_protection"

    public var label: (id: String, en: String) {
        switch self {
        case .healthRehabilitation: return ("Rehabilitasi kesehatan", "Health rehabilitation")
        case .socialRehabilitation: return ("Rehabilitasi sosial", "Social rehabilitation")
        case .repatriation: return ("Pemulangan", "Repatriation")
        case .socialReintegration: return ("Reintegrasi sosial", "Social reintegration")
        case .legalAid: return ("Bantuan hukum", "Legal aid")
        case .shelter: return ("Rumah perlindungan/rumah aman", "Shelter")
        case .psychologicalSupport: return ("Pendampingan psikologis", "Psychological support")
        case .emergencyCare: return ("Pertolongan pertama darurat", "Urgent first aid")
        case .lpskProtection: return ("Perlindungan LPSK", "LPSK protection")
        }
    }

    /// One of the five components of pelayanan terpadu under PP 9/2008.
    public var isIntegratedServiceComponent: Bool {
        switch self {
        case .healthRehabilitation, .socialRehabilitation, .repatriation, .socialReintegration, .legalAid: return true
        case .shelter, .psychologicalSupport, .emergencyCare, .lpskProtection: return false
        }
    }

    /// The provisions that give the victim this service.
    public var citations: [LegalCitation] {
        switch self {
        case .healthRehabilitation, .socialRehabilitation, .socialReintegration: return [.uu21Pasal51, .uu21Pasal52, .pp9of2008]
        case .repatriation: return [.uu21Pasal51, .uu21Pasal52, .uu21Pasal54, .pp9of2008]
        case .legalAid: return [.pp9of2008]
        case .shelter: return [.uu21Pasal52Shelter]
        case .psychologicalSupport, .lpskProtection: return [.uu31of2014]
        case .emergencyCare: return [.uu21Pasal53]
        }
    }

    /// The statutory deadline from the request, where the law sets one. Legal aid, shelter,
    /// psychological support and LPSK protection have none in the source, so none is invented.
    public func deadline(requestedOn: CalendarDate) -> LegalDeadline? {
        switch self {
        case .healthRehabilitation, .socialRehabilitation, .repatriation, .socialReintegration:
            return .pasal52(requestedOn: requestedOn)
        case .emergencyCare:
            return .pasal53(requestedOn: requestedOn)
        case .legalAid, .shelter, .psychologicalSupport, .lpskProtection:
            return nil
        }
    }
}
