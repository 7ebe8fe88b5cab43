/// The stages of the criminal process, in the order the law runs them (KUHAP; UU 21/2007 BAB IV).
public enum JusticeStage: String, CoordinationCode, Comparable {
    case report
    /// Penyelidikan: establishing whether an offence took place.
    case inquiry
    /// Penyidikan: gathering evidence and naming suspects.
    case investigation
    /// Penuntutan.
    case prosecution
    /// Persidangan.
    case trial
    /// Putusan pengadilan tingkat pertama.
    case verdict
    /// Banding/kasasi; optional.
    case appeal
    /// Putusan berkekuatan hukum tetap (inkracht).
    case final
    /// Stopped before a verdict (SP3, SKPP); carries a reason.
    case discontinued

    public var label: (id: String, en: String) {
        switch self {
        case .report: return ("Laporan", "Report")
        case .inquiry: return ("Penyelidikan", "Inquiry")
        case .investigation: return ("Penyidikan", "Investigation")
        case .prosecution: return ("Penuntutan", "Prosecution")
        case .trial: return ("Persidangan", "Trial")
        case .verdict: return ("Putusan", "Verdict")
        case .appeal: return ("Upaya hukum (banding/kasasi)", "Appeal")
        case .final: return ("Berkekuatan hukum tetap", "Final")
        case .discontinued: return ("Dihentikan", "Discontinued")
        }
    }

    private var rank: Int { JusticeStage.allCases.firstIndex(of: self)! }
    public static func < (a: JusticeStage, b: JusticeStage) -> Bool { a.rank < b.rank }

    /// The stages that may follow this one. The appeal may be skipped; discontinuing is possible
    /// until a verdict is given.
    public var successors: [JusticeStage] {
        switch self {
        case .report: return [.inquiry, .discontinued]
        case .inquiry: return [.investigation, .discontinued]
        case .investigation: return [.prosecution, .discontinued]
        case .prosecution: return [.trial, .discontinued]
        case .trial: return [.verdict]
        case .verdict: return [.appeal, .final]
        case .appeal: return [.final]
        case .final, .discontinued: return []
        }
    }
}

/// How a court decided.
public enum VerdictOutcome: String, CoordinationCode {
    case convicted
    /// Putusan bebas.
    case acquitted
    /// Lepas dari segala tuntutan hukum.
    case releasedFromCharges = "released_from_charges"

    public var label: (id: String, en: String) {
        switch self {
        case .convicted: return ("Pemidanaan", "Convicted")
        case .acquitted: return ("Bebas", "Acquitted")
        case .releasedFromCharges: return ("Lepas dari segala tuntutan", "Released from all charges")
        }
    }
}
