import Cases

/// The groups the indicators are broken down by. Each has an "unknown" member: a record whose
/// field is blank is counted there, never dropped, so breakdowns add up to their totals.
public protocol Dimension: RawRepresentable<String>, CaseIterable, Sendable, Hashable, Codable {
    var label: (id: String, en: String) { get }
}

public enum SexGroup: String, Dimension {
    case female, male, unknown

    public init(_ sex: CasePerson.Sex?) {
        switch sex {
        case .female: self = .female
        case .male: self = .male
        default: self = .unknown
        }
    }

    public var label: (id: String, en: String) {
        switch self {
        case .female: return ("Perempuan", "Female")
        case .male: return ("Laki-laki", "Male")
        case .unknown: return ("Tidak diketahui", "Unknown")
        }
    }
}

/// A child is a person under 18 (UU 21/2007 Pasal 1 angka 5; UU 35/2014 Pasal 1 angka 1), by age
/// at the report, as GLOTIP and SDG 16.2.2 count.
public enum AgeGroup: String, Dimension {
    case child, adult, unknown

    public init(age: Int?) {
        guard let age else { self = .unknown; return }
        self = age < 18 ? .child : .adult
    }

    public var label: (id: String, en: String) {
        switch self {
        case .child: return ("Anak (< 18)", "Child (< 18)")
        case .adult: return ("Dewasa (18+)", "Adult (18+)")
        case .unknown: return ("Tidak diketahui", "Unknown")
        }
    }
}

/// Sex and age together, as GLOTIP reports detected victims: women, men, girls, boys.
public enum SexAgeGroup: String, Dimension {
    case women, men, girls, boys, unknown

    public init(sex: SexGroup, age: AgeGroup) {
        switch (sex, age) {
        case (.female, .adult): self = .women
        case (.male, .adult): self = .men
        case (.female, .child): self = .girls
        case (.male, .child): self = .boys
        default: self = .unknown
        }
    }

    public var label: (id: String, en: String) {
        switch self {
        case .women: return ("Perempuan dewasa", "Women")
        case .men: return ("Laki-laki dewasa", "Men")
        case .girls: return ("Anak perempuan", "Girls")
        case .boys: return ("Anak laki-laki", "Boys")
        case .unknown: return ("Tidak diketahui", "Unknown")
        }
    }
}

/// Where a victim stands against the border, as the task force and the TIP review report flows:
/// Indonesians exploited abroad, foreigners exploited in Indonesia, Indonesians exploited at home.
public enum CitizenshipGroup: String, Dimension {
    case indonesianAbroad = "indonesian_abroad"
    case foreignerInIndonesia = "foreigner_in_indonesia"
    case domestic
    case unknown

    /// `citizenship` is an ISO 3166 alpha-2 code; `abroad` whether the case's exploitation took
    /// place outside Indonesia (nil when the case does not say).
    public init(citizenship: String?, abroad: Bool?) {
        switch (citizenship?.uppercased(), abroad) {
        case ("ID", true?): self = .indonesianAbroad
        case ("ID", false?): self = .domestic
        case (let c?, false?) where c != "ID": self = .foreignerInIndonesia
        default: self = .unknown
        }
    }

    public var label: (id: String, en: String) {
        switch self {
        case .indonesianAbroad: return ("WNI dieksploitasi di luar negeri", "Indonesians exploited abroad")
        case .foreignerInIndonesia: return ("WNA dieksploitasi di Indonesia", "Foreigners exploited in Indonesia")
        case .domestic: return ("WNI dieksploitasi di dalam negeri", "Indonesians exploited in Indonesia")
        case .unknown: return ("Tidak diketahui", "Unknown")
        }
    }
}

/// The form of exploitation as GLOTIP groups it. A case may name several types; a case with both
/// sexual and labour exploitation is "mixed", so each case falls in exactly one group. GLOTIP counts
/// forced criminal activity as a form of its own; with sexual exploitation it is "mixed", as it is
/// forced labour or services in law (ILO C29).
public enum FormGroup: String, Dimension {
    case sexual, labour
    case criminality = "forced_criminality"
    case mixed
    case organRemoval = "organ_removal"
    case other, unspecified

    public init(_ types: [ExploitationType]) {
        let sexual = types.contains { $0 == .prostitution || $0 == .sexualExploitation }
        let criminality = types.contains(.forcedCriminality)
        let labour = criminality || types.contains { [.forcedLabour, .servitude, .slaveryOrSimilar].contains($0) }
        if sexual && labour { self = .mixed }
        else if sexual { self = .sexual }
        else if criminality { self = .criminality }
        else if labour { self = .labour }
        else if types.contains(.organRemoval) { self = .organRemoval }
        else if types.isEmpty { self = .unspecified }
        else { self = .other }
    }

    /// Labour cases are shown apart in the justice tables, as the US TIP report does.
    public var isLabour: Bool { self == .labour || self == .criminality || self == .mixed }

    public var label: (id: String, en: String) {
        switch self {
        case .sexual: return ("Eksploitasi seksual", "Sexual exploitation")
        case .labour: return ("Kerja paksa dan sejenisnya", "Forced labour and similar")
        case .criminality: return ("Dipaksa melakukan tindak pidana", "Forced criminality")
        case .mixed: return ("Seksual dan kerja paksa", "Sexual and labour")
        case .organRemoval: return ("Pengambilan organ", "Organ removal")
        case .other: return ("Bentuk lain", "Other forms")
        case .unspecified: return ("Tidak disebutkan", "Not stated")
        }
    }
}
