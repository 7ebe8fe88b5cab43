/// What a user does in the task force. Access follows from the role and the user's agency.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Administrator Gugus Tugas: manages agencies and users; sees cases, not identities.
    case administrator
    /// Penyidik Polri.
    case investigator
    /// Jaksa penuntut umum (Kejaksaan).
    case prosecutor
    /// Pekerja sosial (Kemensos, UPTD PPA).
    case socialWorker = "social_worker"
    /// Petugas pelindungan pekerja migran (BP2MI/KP2MI).
    case migrantProtection = "migrant_protection"
    /// Petugas LPSK.
    case lpskOfficer = "lpsk_officer"
    /// Petugas konsuler (Kemlu, perwakilan RI).
    case consularOfficer = "consular_officer"
    /// Pendamping dari LSM.
    case ngoCaseworker = "ngo_caseworker"
    /// Operator hotline (SAPA 129 and the like).
    case hotlineOperator = "hotline_operator"
    /// Analis: statistics only, never identities.
    case analyst

    public var label: (id: String, en: String) {
        switch self {
        case .administrator: return ("Administrator Gugus Tugas", "Task-force administrator")
        case .investigator: return ("Penyidik (Polri)", "Investigator (Polri)")
        case .prosecutor: return ("Jaksa penuntut umum", "Prosecutor")
        case .socialWorker: return ("Pekerja sosial", "Social worker")
        case .migrantProtection: return ("Petugas pelindungan PMI", "Migrant-worker protection officer")
        case .lpskOfficer: return ("Petugas LPSK", "LPSK officer")
        case .consularOfficer: return ("Petugas konsuler", "Consular officer")
        case .ngoCaseworker: return ("Pendamping LSM", "NGO caseworker")
        case .hotlineOperator: return ("Operator hotline", "Hotline operator")
        case .analyst: return ("Analis (statistik saja)", "Analyst (statistics only)")
        }
    }

    /// Roles whose work on a case needs the identity of its victims and witnesses.
    public var mayNeedIdentities: Bool {
        switch self {
        case .investigator, .prosecutor, .socialWorker, .migrantProtection, .lpskOfficer,
             .consularOfficer, .ngoCaseworker:
            return true
        case .administrator, .hotlineOperator, .analyst:
            return false
        }
    }

    /// Roles that may open case files at all (the analyst sees statistics only).
    public var mayReadCases: Bool { self != .analyst }

    /// Roles that may register cases.
    public var mayRegisterCases: Bool {
        self != .analyst && self != .administrator
    }

    /// A second factor is required of these roles at every sign-in.
    public var requiresSecondFactor: Bool { self == .administrator }
}
