import Cases

/// What happened, in the words a reporter would use rather than the law's. Each maps to the
/// forms of exploitation that UU 21/2007 names, so a report can be routed and turned into a case.
public enum Situation: String, Sendable, Codable, CaseIterable {
    case forcedWork = "forced_work"
    case documentsHeld = "documents_held"
    case debtBondage = "debt_bondage"
    case confined
    case sexual
    case deceptiveJobAbroad = "deceptive_job_abroad"
    case onlineScam = "online_scam"
    case forcedCrime = "forced_crime"
    case childExploited = "child_exploited"
    case forcedMarriage = "forced_marriage"
    case organ
    case violence
    case other

    public var label: (id: String, en: String) {
        switch self {
        case .forcedWork: return ("Dipaksa bekerja, tidak dibayar, atau tidak boleh berhenti",
                                  "Forced to work, not paid, or not allowed to quit")
        case .documentsHeld: return ("Paspor, KTP, atau dokumen lain ditahan orang lain",
                                     "Passport, ID card or other papers held by someone else")
        case .debtBondage: return ("Terjerat utang yang terus bertambah dan harus dibayar dengan bekerja",
                                   "Trapped in a growing debt that must be worked off")
        case .confined: return ("Dikurung atau tidak boleh keluar", "Locked in or not allowed to leave")
        case .sexual: return ("Dipaksa atau ditipu untuk melayani seks", "Forced or tricked into sex work")
        case .deceptiveJobAbroad: return ("Dijanjikan pekerjaan (di luar negeri), ternyata berbeda",
                                          "Promised a job (abroad) that turned out to be different")
        case .onlineScam: return ("Dipaksa bekerja sebagai penipu daring (online scam)",
                                  "Forced to work in online scams")
        case .forcedCrime: return ("Dipaksa melakukan kejahatan lain, misalnya membawa narkoba atau mencuri",
                                   "Forced to commit other crimes, for example carrying drugs or stealing")
        case .childExploited: return ("Anak dipekerjakan, dijual, atau dieksploitasi",
                                      "A child made to work, sold or exploited")
        case .forcedMarriage: return ("Dipaksa menikah atau dijadikan pengantin pesanan",
                                      "Forced to marry or made a mail-order bride")
        case .organ: return ("Dibujuk atau dipaksa menjual ginjal atau organ lain",
                             "Persuaded or forced to sell a kidney or other organ")
        case .violence: return ("Dipukul, diancam, atau keluarganya diancam",
                                "Beaten, threatened, or family threatened")
        case .other: return ("Hal lain", "Something else")
        }
    }

    /// The forms of exploitation this points to (UU 21/2007 Pasal 1 angka 7); none where the
    /// situation tells how a person was held, not what they were used for.
    public var exploitationTypes: [ExploitationType] {
        switch self {
        case .forcedWork, .childExploited: return [.forcedLabour]
        case .onlineScam, .forcedCrime: return [.forcedCriminality]
        case .debtBondage: return [.servitude]
        case .sexual: return [.sexualExploitation]
        case .forcedMarriage: return [.slaveryOrSimilar]
        case .organ: return [.organRemoval]
        case .documentsHeld, .confined, .deceptiveJobAbroad, .violence, .other: return []
        }
    }
}
