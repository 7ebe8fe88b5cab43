import Foundation

/// Indonesia's population by province, sex and age group as published by BPS (Badan Pusat
/// Statistik): the denominator of SDG 16.2.2, detected victims of trafficking per 100,000 people.
///
/// The figures live in `Resources/population-bps.json`, each year tied to the source it was copied
/// from. A figure the source did not give is absent, and every lookup for it answers nil, never 0,
/// so a rate is never computed over an invented denominator.
public struct PopulationTable: Sendable {
    /// The sexes BPS counts (laki-laki, perempuan).
    public enum Sex: String, Sendable, CaseIterable, Codable {
        case male, female
    }

    /// Children are people under 18, as in UU 35/2014 (Perlindungan Anak) Pasal 1 angka 1 and the
    /// SDG 16.2.2 disaggregation; the file's keys are the labels.
    public enum AgeGroup: String, Sendable, CaseIterable, Codable {
        case children = "0-17"
        case adults = "18+"
    }

    /// One population count and the year it belongs to.
    public struct Figure: Sendable, Equatable {
        public let people: Int
        /// The year the figure is for.
        public let year: Int
        /// The year that was asked for; later than `year` when the file has no table for it.
        public let requestedYear: Int
        /// The `id` of the source in `sources`.
        public let sourceID: String

        /// True when the asked year is not in the file and the nearest earlier year answered.
        public var isFromEarlierYear: Bool { year != requestedYear }
    }

    public let version: Int
    public let sources: [Source]
    private let tables: [Int: YearTable]

    /// The years the file has a table for, earliest first.
    public var years: [Int] { tables.keys.sorted() }

    /// The table shipped with Simpul.
    public static func bundled() throws -> PopulationTable {
        // `.copy("Resources")` keeps the folder, so the file sits in `Resources/` in the bundle.
        guard let url = Bundle.module.url(forResource: "population-bps", withExtension: "json", subdirectory: "Resources") else {
            throw PopulationTableError.missingResource
        }
        return try PopulationTable(data: Data(contentsOf: url))
    }

    public init(data: Data) throws {
        let file: PopulationFile
        do {
            file = try JSONDecoder().decode(PopulationFile.self, from: data)
        } catch {
            throw PopulationTableError.unreadable(String(describing: error))
        }
        let sourceIDs = Set(file.sources.map(\.id))
        var tables: [Int: YearTable] = [:]
        for table in file.years {
            guard sourceIDs.contains(table.source) else {
                throw PopulationTableError.unknownSource(year: table.year, source: table.source)
            }
            guard tables.updateValue(table, forKey: table.year) == nil else {
                throw PopulationTableError.duplicateYear(table.year)
            }
        }
        self.version = file.version
        self.sources = file.sources
        self.tables = tables
    }

    /// The population for a year, and optionally a province (BPS code), a sex and an age group.
    /// With no province, the national figure the source states (not the provinces' sum).
    /// A year the file lacks is answered from the nearest earlier year, flagged on the figure;
    /// nil when the file has no such figure, or no year at or before the one asked.
    public func population(year: Int, province: String? = nil, sex: Sex? = nil, ageGroup: AgeGroup? = nil) -> Figure? {
        guard let table = tables.keys.filter({ $0 <= year }).max().flatMap({ tables[$0] }) else { return nil }
        let count: PopulationCount?
        if let province {
            count = table.provinces.first { $0.code == province }?.count(ageGroup: ageGroup)
        } else {
            count = ageGroup == nil ? table.nationalTotal.map { PopulationCount(total: $0, male: nil, female: nil) } : nil
        }
        guard let people = count?.people(sex: sex) else { return nil }
        return Figure(people: people, year: table.year, requestedYear: year, sourceID: table.source)
    }

    /// The provinces listed for a year (every code, with or without figures), in the file's order.
    public func provinces(year: Int) -> [ProvincePopulation] {
        tables[year]?.provinces ?? []
    }

    /// What the file says is missing for a year, in words.
    public func missing(year: Int) -> [String] {
        tables[year]?.missing ?? []
    }

    /// The national total the source states for a year, in people; nil when not stated.
    public func statedNationalTotal(year: Int) -> Int? {
        tables[year]?.nationalTotal
    }

    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }
}

/// Why the population file cannot be used; each case says what to fix in it.
public enum PopulationTableError: Error, Equatable {
    case missingResource
    case unreadable(String)
    case unknownSource(year: Int, source: String)
    case duplicateYear(Int)
}

extension PopulationTable {
    /// Where a year's figures were copied from.
    public struct Source: Sendable, Codable, Equatable {
        public let id: String
        public let title: String
        public let publisher: String
        public let url: String
        public let figuresYear: Int
        public let lastUpdatedBySource: String?
        /// What the figures are (mid-year projection, census, ...), as far as the source says.
        public let kind: String
        public let unitsInSource: String
        /// The day the figures were read (YYYY-MM-DD).
        public let retrieved: String
        public let retrievedHow: String?
        public let notes: String?
    }

    /// One province's row for a year; nil wherever the source gave no figure.
    public struct ProvincePopulation: Sendable, Codable, Equatable {
        public let code: String
        public let name: String
        public let total: Int?
        public let male: Int?
        public let female: Int?
        /// The source's share of the national population, percent, as published.
        public let sharePercent: Double?
        /// Males per 100 females, as published; male and female counts are never derived from it.
        public let sexRatio: Double?
        public let ageGroups: [String: PopulationCount]?

        func count(ageGroup: AgeGroup?) -> PopulationCount? {
            guard let ageGroup else { return PopulationCount(total: total, male: male, female: female) }
            return ageGroups?[ageGroup.rawValue]
        }
    }

    /// A total with its split by sex, in people.
    public struct PopulationCount: Sendable, Codable, Equatable {
        public let total: Int?
        public let male: Int?
        public let female: Int?

        func people(sex: Sex?) -> Int? {
            switch sex {
            case nil: total
            case .male: male
            case .female: female
            }
        }
    }
}

/// The JSON file's shape (see `fields` in the file for each field's meaning).
private struct PopulationFile: Decodable {
    let version: Int
    let sources: [PopulationTable.Source]
    let years: [YearTable]
}

private struct YearTable: Decodable, Sendable {
    let year: Int
    let source: String
    let nationalTotal: Int?
    let missing: [String]?
    let provinces: [PopulationTable.ProvincePopulation]
}
