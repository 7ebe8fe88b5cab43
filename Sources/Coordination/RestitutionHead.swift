import Cases

/// A head of loss a restitution claim may cover (UU 21/2007 Pasal 48 ayat (2) huruf a–d;
/// the same four in UU 12/2022 Pasal 30).
public enum RestitutionHead: String, CoordinationCode, Comparable {
    case lossOfPropertyOrIncome = "loss_of_property_or_income"
    case suffering
    case medicalOrPsychologicalCosts = "medical_or_psychological_costs"
    case otherLosses = "other_losses"

    public var label: (id: String, en: String) {
        switch self {
        case .lossOfPropertyOrIncome: return ("Kehilangan kekayaan atau penghasilan", "Loss of property or income")
        case .suffering: return ("Penderitaan", "Suffering")
        case .medicalOrPsychologicalCosts: return ("Biaya perawatan medis dan/atau psikologis", "Medical and/or psychological treatment costs")
        case .otherLosses: return ("Kerugian lain akibat perdagangan orang", "Other losses caused by the trafficking")
        }
    }

    /// The letter of Pasal 48 ayat (2).
    public var letter: String {
        switch self {
        case .lossOfPropertyOrIncome: return "a"
        case .suffering: return "b"
        case .medicalOrPsychologicalCosts: return "c"
        case .otherLosses: return "d"
        }
    }

    public static func < (a: RestitutionHead, b: RestitutionHead) -> Bool { a.letter < b.letter }
}

/// The amount claimed under one head, in whole rupiah.
public struct RestitutionClaim: Sendable, Hashable, Codable {
    public let head: RestitutionHead
    public let amount: Int64

    public init(head: RestitutionHead, amount: Int64) {
        self.head = head
        self.amount = amount
    }
}

/// A payment towards the ordered restitution.
public struct RestitutionPayment: Sendable, Hashable, Codable {
    public let on: CalendarDate
    public let amount: Int64
    public let recordedByAgencyID: String
    /// Required when the payment takes the total above the ordered amount.
    public let reason: String?

    public init(on: CalendarDate, amount: Int64, recordedByAgencyID: String, reason: String?) {
        self.on = on
        self.amount = amount
        self.recordedByAgencyID = recordedByAgencyID
        self.reason = reason
    }
}

/// Where restitution stands, derived from the ledger.
public enum RestitutionStatus: String, CoordinationCode {
    case claimed, ordered
    case partlyPaid = "partly_paid"
    case paid

    public var label: (id: String, en: String) {
        switch self {
        case .claimed: return ("Diajukan", "Claimed")
        case .ordered: return ("Diputus pengadilan", "Ordered by the court")
        case .partlyPaid: return ("Dibayar sebagian", "Partly paid")
        case .paid: return ("Lunas", "Paid in full")
        }
    }
}

extension Restitution {
    /// Rupiah amounts above this (10^15, Rp1 kuadriliun) are refused as typing errors; the cap also keeps
    /// every sum far from Int64's limit.
    public static let amountLimit: Int64 = 1_000_000_000_000_000
}

func checkRupiah(_ amount: Int64, field: String) throws(CoordinationError) {
    guard amount > 0, amount <= Restitution.amountLimit else {
        throw .input(field, id: "Jumlah harus rupiah utuh lebih dari 0", en: "The amount must be whole rupiah above 0")
    }
}
