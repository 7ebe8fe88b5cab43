/// The fields two records are compared on. Each comparison lands on one discrete level
/// (higher is closer agreement), or on no level when either record lacks the field.
public enum LinkageField: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case name, nik, birthDate, sex, phone, birthPlace, father, birthOrder, region, source

    /// Names of the levels, lowest (clear disagreement) first.
    public var levelNames: [String] {
        switch self {
        case .name: ["no token shared", "some tokens shared, others differ", "one name contains the other",
                     "same tokens, spelling differs", "same tokens"]
        case .nik: ["different", "same kecamatan, different number", "differs in the serial only",
                    "one digit typed wrong, swapped or dropped", "identical"]
        case .birthDate: ["more than five years apart", "different", "adjacent year, only a year on one side",
                          "same year, only a year on one side", "one digit typed wrong or one part off by one",
                          "day and month swapped", "identical"]
        case .sex: ["different", "same"]
        case .phone: ["different", "one digit typed wrong, dropped or swapped", "same number"]
        case .birthPlace: ["different", "similar spelling", "same place"]
        case .father: ["different father's name", "same father's name"]
        case .birthOrder: ["different Balinese birth order", "same Balinese birth order"]
        case .region: ["NIK issued away from the other's birthplace", "NIK issued where the other was born"]
        case .source: ["held by different agencies", "held by the same agency"]
        }
    }

    public var levelCount: Int { levelNames.count }

    /// Whether the levels run from farther to closer, so that a closer level must not weigh
    /// less. The agency of record has no direction: EM learns which of its levels counts for a
    /// match.
    var levelsAreOrdered: Bool { self != .source }

    /// Whether the field tells who a person is beyond the name: not the name itself, not sex
    /// (half of everyone shares it) and not the agency that wrote the record. Two records that
    /// compare on no such field have said nothing about each other yet.
    var identifiesThePerson: Bool {
        switch self {
        case .name, .sex, .source: false
        default: true
        }
    }

    public var description: String {
        switch self {
        case .name: "name"
        case .nik: "NIK"
        case .birthDate: "birth date"
        case .sex: "sex"
        case .phone: "phone"
        case .birthPlace: "place of birth"
        case .father: "father's name (bin/binti)"
        case .birthOrder: "Balinese birth order"
        case .region: "NIK region and place of birth"
        case .source: "agency of record"
        }
    }
}

/// The level each field reached for one pair, packed 4 bits per field (0 = not comparable,
/// otherwise level + 1), so that pairs with the same pattern can be counted together in EM.
struct ComparisonVector: Hashable, Sendable {
    var bits: UInt64 = 0

    subscript(field: LinkageField) -> Int? {
        get {
            let v = Int(bits >> UInt64(field.rawValue * 4) & 0xF)
            return v == 0 ? nil : v - 1
        }
        set {
            let shift = UInt64(field.rawValue * 4)
            bits &= ~(0xF << shift)
            if let l = newValue { bits |= UInt64(l + 1) << shift }
        }
    }
}

/// A pair's comparison: the levels, and how common the agreeing values are (share of records
/// that hold them; 1 when not applicable) for term-frequency adjustment.
struct PairComparison: Sendable {
    var vector = ComparisonVector()
    var nameShare = 1.0
    var dateShare = 1.0
    var phoneShare = 1.0
    var placeShare = 1.0
    var regionShare = 1.0
}
