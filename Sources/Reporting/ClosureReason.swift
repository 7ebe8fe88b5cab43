/// Why a report was closed without a case. Each reason has its own retention period: when it
/// ends, the report's content is deleted and only the fact of the deletion stays in the audit log.
public enum ClosureReason: String, Sendable, Codable, CaseIterable {
    case notTrafficking = "not_trafficking"
    case insufficientInformation = "insufficient_information"
    case duplicate
    case referredElsewhere = "referred_elsewhere"
    case reporterWithdrew = "reporter_withdrew"
    case other

    public var label: (id: String, en: String) {
        switch self {
        case .notTrafficking: return ("Bukan TPPO", "Not trafficking")
        case .insufficientInformation: return ("Informasi tidak cukup", "Not enough information")
        case .duplicate: return ("Duplikat laporan lain", "Duplicate of another report")
        case .referredElsewhere: return ("Dirujuk ke layanan lain di luar Simpul", "Referred to a service outside Simpul")
        case .reporterWithdrew: return ("Pelapor menarik laporan", "Withdrawn by the reporter")
        case .other: return ("Alasan lain", "Other reason")
        }
    }

    /// Days a closed report is kept before its content is deleted, until the administrator
    /// sets otherwise. Short for what is plainly not needed, longer where the same people may
    /// report again and the earlier report helps.
    public var defaultRetentionDays: Int {
        switch self {
        case .duplicate, .reporterWithdrew: return 30
        case .notTrafficking: return 90
        case .insufficientInformation, .referredElsewhere, .other: return 180
        }
    }
}
