import Cases
import Coordination
import Law

/// Simpul's codes in HTCDS 2.0's picklists and back.
///
/// Where HTCDS is coarser, several Simpul codes share one HTCDS value and the way back picks one
/// of them (Simpul's own code travels beside it in an `ext_` column, so Simpul-to-Simpul loses
/// nothing). Where HTCDS is finer, each of its values maps to the Simpul code that covers it. So
/// export → import → export always writes the same file.
public enum HTCDSCodes {
    /// vic_TypeOfExploitation (and, for prostitution, vic_TypeOfSexExploitation).
    public static func exploitation(_ type: ExploitationType) -> String {
        switch type {
        case .prostitution, .sexualExploitation: return "SexualExploitation"
        case .forcedLabour: return "ForcedLabour"
        case .slaveryOrSimilar, .servitude: return "Servitude"
        case .organRemoval: return "OrganRemoval"
        case .reproductiveExploitation: return "Surrogacy"
        // HTCDS 2.0 has no value for forced criminality (legal-facts §1.1a): "Other", with
        // Simpul's code in the `ext_` column.
        case .otherForProfit, .forcedCriminality: return "Other"
        }
    }

    /// The Simpul form of an HTCDS exploitation type; nil for a code HTCDS does not have.
    /// Forced marriage is among UU 21/2007's "practices similar to slavery"; child labour,
    /// begging and use by armed groups are forced labour or services.
    public static func exploitation(htcds code: String) -> ExploitationType? {
        switch code {
        case "SexualExploitation": return .sexualExploitation
        case "ForcedLabour", "ChildLabour", "ForcedMilitaryByNonStateActors", "ForcedBegging": return .forcedLabour
        case "Servitude": return .servitude
        case "ForcedMarriage": return .slaveryOrSimilar
        case "OrganRemoval": return .organRemoval
        case "Surrogacy": return .reproductiveExploitation
        case "ForcedAdoption", "Other": return .otherForProfit
        default: return nil
        }
    }

    /// vic_MethodsOfControl; UU 21/2007's means without an HTCDS value are "Other".
    public static func means(_ means: CaseFacts.Means) -> String {
        switch means {
        case .threatOfForce: return "PhysicalThreats"
        case .useOfForce: return "PhysicalAbuse"
        case .deception: return "FalsePromises"
        case .debtBondage: return "DebtBondage"
        case .falsification: return "WithholdsDocuments"
        case .abduction, .confinement, .abuseOfPower, .abuseOfVulnerability, .paymentToController, .otherCoercion: return "Other"
        }
    }

    public static func means(htcds code: String) -> CaseFacts.Means? {
        switch code {
        case "PhysicalThreats", "ThreatsLawEnforcement", "ThreatensChildrenFamily": return .threatOfForce
        case "PhysicalAbuse", "SexualAbuse": return .useOfForce
        case "FalsePromises": return .deception
        case "DebtBondage": return .debtBondage
        case "WithholdsDocuments": return .falsification
        case "TakesEarnings", "RestrictsFinancialAccess", "RestrictsMedicalCare", "WithholdsNecessities", "PsychologicalAbuse",
             "PsychoactiveSubstance", "ExcessiveWorkingHours", "Other":
            return .otherCoercion
        default: return nil
        }
    }

    /// prs_Gender. HTCDS's gender identities beyond the two Simpul records come in as unknown.
    public static func gender(_ sex: CasePerson.Sex) -> String {
        switch sex {
        case .female: return "Feminine"
        case .male: return "Masculine"
        case .unknown: return "NonSpecifiedUnknown"
        }
    }

    public static func gender(htcds code: String) -> CasePerson.Sex? {
        switch code {
        case "Feminine": return .female
        case "Masculine": return .male
        case "TransgenderFeminine", "TransgenderMasculine", "NonConforming", "NonSpecifiedUnknown": return .unknown
        default: return nil
        }
    }

    /// cas_Status: HTCDS follows the service, not the justice process, so every open stage is "Active".
    public static func status(_ status: CaseStatus) -> String { status == .closed ? "Closed" : "Active" }

    public static func status(htcds code: String) -> CaseStatus? {
        switch code {
        case "Active", "FollowUp": return .reported
        case "Closed", "ClosedReferred": return .closed
        default: return nil
        }
    }

    /// spl_Type for a protection service.
    public static func support(_ service: ProtectionService) -> String {
        switch service {
        case .healthRehabilitation, .emergencyCare, .psychologicalSupport: return "Health"
        case .socialRehabilitation, .socialReintegration, .repatriation, .shelter: return "SocialCare"
        case .legalAid, .lpskProtection: return "Legal"
        }
    }

    public static func support(htcds code: String) -> ProtectionService? {
        switch code {
        case "Health": return .healthRehabilitation
        case "SocialCare", "Education", "Financial", "Livelihood", "RightsBasedTraining": return .socialReintegration
        case "LabourExploitationRehabilitation", "SexualExploitationRehabilitation": return .socialRehabilitation
        case "Legal": return .legalAid
        default: return nil
        }
    }
}
