/// The counting index's records: each a fixed-size value of small integers, so that counting a
/// year is a scan of contiguous memory that compares numbers, never a string or a dictionary.
/// A record names its case by the index's own number for it (`CaseYears`), four bytes where the
/// case's 64-bit key would take eight and, through alignment, often sixteen: a million cases
/// hold several million records.
/// Days are day numbers (days since 1970-01-01); `IndexDay.none` stands for "no date".
enum IndexDay {
    static let none = Int32.min
}

/// Eight day numbers side by side. A `SIMD8<Int32>` would align its record to 16 bytes and pad
/// a funnel record to 64; this keeps it at 44.
struct StageDays: Sendable {
    private var days: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32)

    init(repeating day: Int32) { days = (day, day, day, day, day, day, day, day) }

    subscript(i: Int) -> Int32 {
        get {
            precondition(i >= 0 && i < 8, "stage out of range")
            return withUnsafeBytes(of: days) { $0.load(fromByteOffset: i * 4, as: Int32.self) }
        }
        set {
            precondition(i >= 0 && i < 8, "stage out of range")
            withUnsafeMutableBytes(of: &days) { $0.storeBytes(of: newValue, toByteOffset: i * 4, as: Int32.self) }
        }
    }
}

/// A person record's 64-bit key held as two halves, so that a record holding it aligns to
/// 4 bytes, not 8, and packs without padding.
struct PersonKey: Sendable, Hashable {
    private var low: UInt32
    private var high: UInt32

    init(_ key: UInt64) {
        low = UInt32(truncatingIfNeeded: key)
        high = UInt32(truncatingIfNeeded: key >> 32)
    }

    var key: UInt64 { UInt64(high) << 32 | UInt64(low) }
}

/// Where a record sits for the filters: its case's province, form of exploitation, agencies and
/// the sex–age groups of the case's victims.
struct Coordinates: Sendable, Hashable {
    /// Index in `Province.all`; `Coordinates.otherProvince` for a code outside it.
    var province: UInt8
    /// Index in `FormGroup.allCases`.
    var form: UInt8
    /// An agency-set id in the index's vocabulary: the agencies involved in the case.
    var agencies: UInt16
    /// One bit per sex–age group (`SexAge.bit`) of the case's victims.
    var victims: UInt16

    static let otherProvince: UInt8 = 254
    static let noProvince: UInt8 = 255
}

/// A victim record, in the year its case was opened.
struct VictimRecord: CaseBound {
    var day: Int32
    var at: Coordinates
    /// `SexAge.code`: sex × 3 + age group.
    var sexAge: UInt8
    /// Index in `CitizenshipGroup.allCases`.
    var citizenship: UInt8
    var citizenshipKnown: Bool
    /// The capture list of the agency that registered the case (index in `CaptureList.allCases`), or −1.
    var captureList: Int8
    /// One bit per `ProtectionService` (its index) this victim received.
    var served: UInt16
    var person: PersonKey
    var caseNumber: UInt32
}

/// A case, in the year it was opened. The small fields follow the coordinates, so the record
/// packs into 32 bytes.
struct CaseRecord: CaseBound {
    var day: Int32
    var at: Coordinates
    var victims: UInt16
    var sexKnown: UInt16
    var ageKnown: UInt16
    var citizenshipKnown: UInt16
    var placeKnown: Bool
    /// Days from the incident to the opening (at least 0), or `IndexDay.none`.
    var delay: Int32
    /// Days from the opening to the first thing done, or `IndexDay.none`.
    var firstAction: Int32
    var caseNumber: UInt32
}

/// An open case, kept in the year it was opened: the workload counts open cases of every year.
struct OpenCaseRecord: CaseBound {
    var at: Coordinates
    var caseNumber: UInt32
}

/// An open referral or protection item, kept in its case's year, under the agency that owes it.
struct OpenItemRecord: CaseBound {
    var at: Coordinates
    var owner: UInt16
    var due: Int32
    var caseNumber: UInt32
}

/// A justice track, in the year of its police report: the cohort the funnel follows.
struct FunnelRecord: CaseBound {
    var at: Coordinates
    /// The day of each stage of `IndicatorCalculator.funnelStages`, then of the discontinuation.
    var stages: StageDays
    var caseNumber: UInt32
}

/// A suspect reaching a step (reported, prosecuted, convicted), in the year of that step.
struct SuspectEvent: CaseBound {
    var day: Int32
    var at: Coordinates
    /// 0 reported, 1 prosecuted, 2 convicted.
    var step: UInt8
    var sex: UInt8
    var citizenship: UInt16
    /// The same suspect reaches this step twice in the case: counted through the set of people.
    var repeated: Bool
    var person: PersonKey
    var caseNumber: UInt32
}

/// A justice track without a named suspect, kept in its case's year.
struct UnnamedTrack: CaseBound {
    var at: Coordinates
    var caseNumber: UInt32
}

/// A conviction, in the year of its verdict.
struct ConvictionRecord: CaseBound {
    var day: Int32
    var at: Coordinates
    var months: Int32
    var law: UInt8
    /// The statutory minimum in months, or −1 where the articles set none.
    var minimum: Int32
    var caseNumber: UInt32
}

/// A protection item (Pasal 51–54 services), in the year it was requested.
struct ServiceRecord: CaseBound {
    var day: Int32
    var at: Coordinates
    /// The bit of the victim's sex–age group; 0 when the item names no victim of the case.
    var victimBit: UInt16
    var service: UInt8
    var delivered: Bool
    var notDelivered: Bool
    /// The item has a legal deadline (Pasal 52/53/54).
    var bound: Bool
    var closed: Int32
    var due: Int32
    var caseNumber: UInt32
}

/// A restitution claim (Pasal 48–50), in the year it was claimed.
struct RestitutionRecord: CaseBound {
    var day: Int32
    var at: Coordinates
    var victimBit: UInt16
    var claimed: Int64
    /// −1 when no amount was ordered.
    var ordered: Int64
    var paidCapped: Int64
    var notified: Bool
    var paidInFull: Int32
    var deadline: Int32
    var caseNumber: UInt32
}

/// A referral between agencies, in the year it was sent.
struct ReferralRecord: CaseBound {
    var day: Int32
    var at: Coordinates
    var victimBit: UInt16
    var service: UInt8
    var toAgency: UInt16
    var acceptDays: Int32
    var delivered: Bool
    var declined: Bool
    var caseNumber: UInt32
}

/// An anonymous report, in the year it was received.
struct ReportRecord: Sendable {
    var day: Int32
    var replyDays: Int32
    var becameCase: Bool
    var agency: UInt16
    var province: UInt8
}
