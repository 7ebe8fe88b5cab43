import Cases

/// The strings behind the index's small integers: agencies, sets of agencies, citizenships.
/// Only grows, so a number once given keeps its meaning in every later version of the index.
struct IndexVocabulary: Sendable {
    private(set) var agencies: [String] = []
    private var agencyNumber: [String: UInt16] = [:]
    /// Each set's agencies, as numbers.
    private(set) var agencySets: [[UInt16]] = []
    private var setNumber: [[UInt16]: UInt16] = [:]
    private(set) var citizenships: [String] = ["unknown"]
    private var citizenshipNumber: [String: UInt16] = ["unknown": 0]

    mutating func agency(_ id: String) -> UInt16 {
        if let n = agencyNumber[id] { return n }
        let n = UInt16(agencies.count)
        agencies.append(id)
        agencyNumber[id] = n
        return n
    }

    func existingAgency(_ id: String) -> UInt16? { agencyNumber[id] }

    mutating func agencySet(_ ids: [String]) -> UInt16 {
        let members = ids.map { agency($0) }.sorted()
        if let n = setNumber[members] { return n }
        let n = UInt16(agencySets.count)
        agencySets.append(members)
        setNumber[members] = n
        return n
    }

    mutating func citizenship(_ code: String?) -> UInt16 {
        let key = code ?? "unknown"
        if let n = citizenshipNumber[key] { return n }
        let n = UInt16(citizenships.count)
        citizenships.append(key)
        citizenshipNumber[key] = n
        return n
    }
}

/// Sex and age group as one small number (sex × 3 + age), and its bit in a case's victim mask.
enum SexAge {
    static func code(_ sex: SexGroup, _ age: AgeGroup) -> UInt8 {
        UInt8(SexGroup.allCases.firstIndex(of: sex)! * 3 + AgeGroup.allCases.firstIndex(of: age)!)
    }

    static func bit(_ code: UInt8) -> UInt16 { 1 << UInt16(code) }
    static func sex(_ code: UInt8) -> SexGroup { SexGroup.allCases[Int(code) / 3] }
    static func age(_ code: UInt8) -> AgeGroup { AgeGroup.allCases[Int(code) % 3] }

    /// The bits of every group a sex and age filter keeps; nil when neither is set.
    static func mask(sex: SexGroup?, age: AgeGroup?) -> UInt16? {
        guard sex != nil || age != nil else { return nil }
        var m: UInt16 = 0
        for s in SexGroup.allCases where sex == nil || sex == s {
            for a in AgeGroup.allCases where age == nil || age == a { m |= bit(code(s, a)) }
        }
        return m
    }
}

extension Dimension {
    /// The position of this value among the dimension's values, as the index stores it.
    var index: Int { Array(Self.allCases).firstIndex(of: self)! }
}

enum ProvinceNumber {
    static let byCode: [String: UInt8] = Dictionary(uniqueKeysWithValues: Province.all.enumerated().map { ($0.element.code, UInt8($0.offset)) })

    static func of(_ code: String?) -> UInt8 {
        guard let code else { return Coordinates.noProvince }
        return byCode[code] ?? Coordinates.otherProvince
    }
}

/// A stable 64-bit key for a record id (FNV-1a): the same id gives the same key in every
/// process, so the index can tell records apart without keeping their ids.
enum RecordKey {
    static func of(_ id: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}
