import Cases
import Law

/// The seven fields a k-anonymous release generalises, each with its ladder of ever coarser
/// values. The last rung of every ladder says nothing ("" — unknown), except the province, whose
/// last rung is the country: every case in Simpul is registered in Indonesia.
public enum QuasiIdentifier: Int, Sendable, CaseIterable, Codable {
    case ageGroup, sex, citizenship, province, year, exploitation, meansOfControl

    /// How many rungs the ladder has, the recorded value being rung 0.
    public var levels: Int {
        switch self {
        case .sex, .meansOfControl: return 2
        case .ageGroup, .citizenship, .province, .year, .exploitation: return 3
        }
    }

    /// CTDC's age bands (ageBroad), then minor/adult, then unknown.
    static let ageBands: [(range: ClosedRange<Int>, label: String)] = [
        (0...8, "0--8"), (9...17, "9--17"), (18...20, "18--20"), (21...23, "21--23"), (24...26, "24--26"),
        (27...29, "27--29"), (30...38, "30--38"), (39...47, "39--47"), (48...200, "48+"),
    ]
    /// Years are grouped into aligned three-year spans, so that the spans of two releases agree.
    static let yearSpan = 3

    /// The value of this field of `record` at rung `level`, as the released file writes it.
    public func value(of record: VictimRecord, at level: Int) -> String {
        if level >= levels - 1 {
            return self == .province ? Country.indonesia : ""
        }
        switch self {
        case .ageGroup:
            guard let age = record.age, age >= 0 else { return "" }
            if level == 1 { return age < 18 ? "0--17" : "18+" }
            return Self.ageBands.first { $0.range.contains(age) }?.label ?? ""
        case .sex:
            switch record.sex {
            case .female: return "Female"
            case .male: return "Male"
            case .unknown, nil: return ""
            }
        case .citizenship:
            guard let code = record.citizenship?.uppercased(), !code.isEmpty else { return "" }
            if level == 1 { return code == Country.indonesia ? code : "non-ID" }
            return code
        case .province:
            guard let code = record.provinceCode else { return Country.indonesia }
            if level == 1 { return IslandRegion(provinceCode: code)?.rawValue ?? Country.indonesia }
            return code
        case .year:
            guard let year = record.year else { return "" }
            if level == 1 {
                let start = year - year % Self.yearSpan
                return "\(start)--\(start + Self.yearSpan - 1)"
            }
            return String(year)
        case .exploitation:
            if record.exploitation.isEmpty { return "" }
            if level == 1 { return ExploitationGroup(record.exploitation).rawValue }
            return record.exploitation.map(\.rawValue).sorted().joined(separator: ";")
        case .meansOfControl:
            return record.means.map(\.rawValue).sorted().joined(separator: ";")
        }
    }
}

/// The broad groups CTDC's flags use: sexual, labour, both, or another purpose.
public enum ExploitationGroup: String, Sendable, CaseIterable {
    case sexual, labour, sexAndLabour = "sex_and_labour", other

    public init(_ types: Set<ExploitationType>) {
        let sexual = types.contains(.prostitution) || types.contains(.sexualExploitation)
        let labour = types.contains(.forcedLabour) || types.contains(.servitude) || types.contains(.slaveryOrSimilar)
        switch (sexual, labour) {
        case (true, true): self = .sexAndLabour
        case (true, false): self = .sexual
        case (false, true): self = .labour
        case (false, false): self = .other
        }
    }
}

/// A point in the lattice of generalisations: one rung per quasi-identifier.
public struct Generalisation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Rungs in `QuasiIdentifier.allCases` order.
    public let levels: [Int]

    public init(levels: [Int]) {
        precondition(levels.count == QuasiIdentifier.allCases.count)
        self.levels = levels
    }

    public static let none = Generalisation(levels: QuasiIdentifier.allCases.map { _ in 0 })

    public func level(of field: QuasiIdentifier) -> Int { levels[field.rawValue] }

    /// The sum of rungs: how far the release is from the data as recorded.
    public var height: Int { levels.reduce(0, +) }

    /// Every generalisation of the lattice, lowest first; within a height, in a fixed order so
    /// that the same data always gives the same choice.
    public static var lattice: [Generalisation] {
        var all: [[Int]] = [[]]
        for field in QuasiIdentifier.allCases {
            all = all.flatMap { prefix in (0..<field.levels).map { prefix + [$0] } }
        }
        return all.map(Generalisation.init(levels:)).sorted {
            $0.height != $1.height ? $0.height < $1.height : $0.levels.lexicographicallyPrecedes($1.levels)
        }
    }

    public var description: String {
        zip(QuasiIdentifier.allCases, levels).map { "\($0)=\($1)" }.joined(separator: ",")
    }
}
