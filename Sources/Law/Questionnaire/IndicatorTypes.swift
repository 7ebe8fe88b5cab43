/// The six dimensions of the ILO–EC operational indicators of trafficking (2009), legal-facts §4.1.
public enum IndicatorDimension: String, Sendable, Hashable, CaseIterable, Encodable {
    case deceptiveRecruitment = "deceptive_recruitment"
    case coerciveRecruitment = "coercive_recruitment"
    case recruitmentByAbuseOfVulnerability = "recruitment_by_abuse_of_vulnerability"
    case exploitativeConditions = "exploitative_conditions"
    case coercionAtDestination = "coercion_at_destination"
    case abuseOfVulnerabilityAtDestination = "abuse_of_vulnerability_at_destination"

    public var title: Bilingual {
        switch self {
        case .deceptiveRecruitment: Bilingual(id: "Perekrutan dengan tipu daya", en: "Deceptive recruitment")
        case .coerciveRecruitment: Bilingual(id: "Perekrutan dengan paksaan", en: "Coercive recruitment")
        case .recruitmentByAbuseOfVulnerability:
            Bilingual(id: "Perekrutan dengan memanfaatkan kerentanan", en: "Recruitment by abuse of vulnerability")
        case .exploitativeConditions: Bilingual(id: "Kondisi kerja yang eksploitatif", en: "Exploitative conditions of work")
        case .coercionAtDestination: Bilingual(id: "Paksaan di tempat tujuan", en: "Coercion at destination")
        case .abuseOfVulnerabilityAtDestination:
            Bilingual(id: "Pemanfaatan kerentanan di tempat tujuan", en: "Abuse of vulnerability at destination")
        }
    }

    /// Recruitment dimensions (1–3); the combination rule needs one of them.
    var isRecruitment: Bool { [.deceptiveRecruitment, .coerciveRecruitment, .recruitmentByAbuseOfVulnerability].contains(self) }
}

/// How telling an indicator is.
public enum IndicatorStrength: String, Sendable, Hashable, Encodable {
    case strong, medium, weak
}

/// The ILO's 11 indicators of forced labour (ILO SAP-FL booklet, 2012), legal-facts §4.2 [high].
public enum ForcedLabourIndicator: String, Sendable, Hashable, CaseIterable, Encodable {
    case abuseOfVulnerability = "abuse_of_vulnerability"
    case deception
    case restrictionOfMovement = "restriction_of_movement"
    case isolation
    case physicalAndSexualViolence = "physical_and_sexual_violence"
    case intimidationAndThreats = "intimidation_and_threats"
    case retentionOfIdentityDocuments = "retention_of_identity_documents"
    case withholdingOfWages = "withholding_of_wages"
    case debtBondage = "debt_bondage"
    case abusiveWorkingAndLivingConditions = "abusive_working_and_living_conditions"
    case excessiveOvertime = "excessive_overtime"

    public var title: Bilingual {
        switch self {
        case .abuseOfVulnerability: Bilingual(id: "Pemanfaatan kerentanan", en: "Abuse of vulnerability")
        case .deception: Bilingual(id: "Penipuan", en: "Deception")
        case .restrictionOfMovement: Bilingual(id: "Pembatasan gerak", en: "Restriction of movement")
        case .isolation: Bilingual(id: "Isolasi", en: "Isolation")
        case .physicalAndSexualViolence: Bilingual(id: "Kekerasan fisik dan seksual", en: "Physical and sexual violence")
        case .intimidationAndThreats: Bilingual(id: "Intimidasi dan ancaman", en: "Intimidation and threats")
        case .retentionOfIdentityDocuments: Bilingual(id: "Penahanan dokumen identitas", en: "Retention of identity documents")
        case .withholdingOfWages: Bilingual(id: "Penahanan upah", en: "Withholding of wages")
        case .debtBondage: Bilingual(id: "Jeratan utang", en: "Debt bondage")
        case .abusiveWorkingAndLivingConditions:
            Bilingual(id: "Kondisi kerja dan hidup yang buruk", en: "Abusive working and living conditions")
        case .excessiveOvertime: Bilingual(id: "Lembur berlebihan", en: "Excessive overtime")
        }
    }
}

/// One ILO–EC operational indicator, with its grade for adults and where that grade comes from.
public struct OperationalIndicator: Sendable, Hashable, Encodable, Identifiable {
    public let id: String
    public let dimension: IndicatorDimension
    /// The grade in the adult labour-exploitation list.
    public let strength: IndicatorStrength
    public let name: Bilingual
    public let source: String
    public let confidence: Confidence
}

/// An answer to a question. "Unsure" counts neither way.
public enum Answer: String, Sendable, Hashable, Codable, CaseIterable {
    case yes, no, unsure
}
