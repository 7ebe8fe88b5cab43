import Cases

/// A breakdown a protected table may use. Each has a fixed list of categories that does not
/// depend on the data (a category present only when some victim has it would itself say that
/// such a victim exists), and every victim falls in exactly one, an "unknown" one if need be:
/// so one victim changes one cell by one, the sensitivity the noise is scaled for.
public enum TableDimension: String, Sendable, Hashable, Codable, CaseIterable {
    case year, sex, ageGroup = "age_group", region, exploitation, citizenship

    static let unknown = "unknown"

    /// The categories, in the order tables list them.
    public func categories(years: ClosedRange<Int>) -> [String] {
        switch self {
        case .year: return years.map(String.init) + [Self.unknown]
        case .sex: return ["female", "male", Self.unknown]
        case .ageGroup: return ["minor", "adult", Self.unknown]
        case .region: return IslandRegion.allCases.map(\.rawValue) + [Self.unknown]
        case .exploitation: return ExploitationGroup.allCases.map(\.rawValue) + [Self.unknown]
        case .citizenship: return ["indonesian", "foreign", Self.unknown]
        }
    }

    /// The one category of `record`; a year outside the release's span counts as unknown.
    public func category(of record: VictimRecord, years: ClosedRange<Int>) -> String {
        switch self {
        case .year:
            guard let y = record.year, years.contains(y) else { return Self.unknown }
            return String(y)
        case .sex:
            switch record.sex {
            case .female: return "female"
            case .male: return "male"
            case .unknown, nil: return Self.unknown
            }
        case .ageGroup:
            guard let age = record.age, age >= 0 else { return Self.unknown }
            return age < 18 ? "minor" : "adult"
        case .region:
            return record.provinceCode.flatMap(IslandRegion.init(provinceCode:))?.rawValue ?? Self.unknown
        case .exploitation:
            return record.exploitation.isEmpty ? Self.unknown : ExploitationGroup(record.exploitation).rawValue
        case .citizenship:
            guard let c = record.citizenship, !c.isEmpty else { return Self.unknown }
            return c.uppercased() == Country.indonesia ? "indonesian" : "foreign"
        }
    }
}
