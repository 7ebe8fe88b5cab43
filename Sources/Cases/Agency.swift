import Foundation

/// A member institution of the task force (a Polri unit, a Kejaksaan office, UPTD PPA, an NGO…).
public struct Agency: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    /// Short stable code, e.g. `POLDA-JATIM`.
    public let code: String
    public let name: String
    public let kind: Kind
    /// Province code where the agency sits; nil for national bodies.
    public let provinceCode: String?
    /// A deactivated agency keeps its cases and history but takes no new work and no sign-ins.
    public let active: Bool

    public init(id: String, code: String, name: String, kind: Kind, provinceCode: String?, active: Bool = true) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.provinceCode = provinceCode
        self.active = active
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case taskForce = "task_force"
        case police
        case prosecution
        case socialAffairs = "social_affairs"
        case womenChildProtection = "women_child_protection"
        case migrantWorkerProtection = "migrant_worker_protection"
        case witnessVictimProtection = "witness_victim_protection"
        case foreignAffairs = "foreign_affairs"
        case immigration
        case ngo
        case internationalOrganisation = "international_organisation"

        public var label: (id: String, en: String) {
            switch self {
            case .taskForce: return ("Gugus Tugas PP-TPPO", "Anti-trafficking task force")
            case .police: return ("Kepolisian", "Police")
            case .prosecution: return ("Kejaksaan", "Prosecution service")
            case .socialAffairs: return ("Kementerian Sosial", "Social affairs")
            case .womenChildProtection: return ("KemenPPPA / UPTD PPA", "Women and child protection")
            case .migrantWorkerProtection: return ("BP2MI / KP2MI", "Migrant-worker protection")
            case .witnessVictimProtection: return ("LPSK", "Witness and victim protection")
            case .foreignAffairs: return ("Kementerian Luar Negeri", "Foreign affairs")
            case .immigration: return ("Imigrasi", "Immigration")
            case .ngo: return ("LSM", "NGO")
            case .internationalOrganisation: return ("Organisasi internasional", "International organisation")
            }
        }
    }
}
