import Cases
import Foundation
import Testing
@testable import Monitoring

/// The shipped BPS population file: complete in its province list, true to its source, and silent
/// (nil) wherever the source gave no figure.
@Suite struct PopulationTableTests {
    let table: PopulationTable

    init() throws {
        table = try PopulationTable.bundled()
    }

    @Test func everyProvinceIsListedEveryYearUnderSimpulsCodeAndName() {
        #expect(!table.years.isEmpty)
        for year in table.years {
            let listed = table.provinces(year: year)
            #expect(listed.map(\.code).sorted() == Province.all.map(\.code).sorted(), "year \(year)")
            for row in listed {
                #expect(row.name == Province.named(code: row.code)?.name, "year \(year), \(row.code)")
            }
        }
    }

    /// BPS publishes thousands with one decimal, so male and female may each be 50 people off.
    @Test func maleAndFemaleAddUpToTheTotalWithinBPSRounding() {
        for year in table.years {
            for row in table.provinces(year: year) {
                if let male = row.male, let female = row.female, let total = row.total {
                    #expect(abs(male + female - total) <= 100, "year \(year), \(row.code)")
                }
                for (group, count) in row.ageGroups ?? [:] {
                    if let male = count.male, let female = count.female, let total = count.total {
                        #expect(abs(male + female - total) <= 100, "year \(year), \(row.code), \(group)")
                    }
                }
            }
        }
    }

    /// Where a year lists every province and the source states the national total, the provinces
    /// add up to it within the source's rounding (50 people a row).
    @Test func provincesAddUpToTheNationalTotalTheSourceStates() {
        for year in table.years {
            let totals = table.provinces(year: year).compactMap(\.total)
            guard let national = table.statedNationalTotal(year: year), totals.count == Province.all.count else { continue }
            #expect(abs(totals.reduce(0, +) - national) <= 50 * totals.count, "year \(year)")
        }
    }

    /// BPS's 2024 table (bps-provinsi-2024) prints each province's share of the national
    /// population to two decimals. Every share must point at one national total: a mistyped
    /// total or share breaks the overlap. The national row itself was not in the text read.
    @Test func the2024TotalsAgreeWithTheSharesBPSPublishedBesideThem() throws {
        var lowest = 0.0, highest = Double.infinity
        var sum = 0
        for row in table.provinces(year: 2024) {
            guard let total = row.total, let share = row.sharePercent else { continue }
            lowest = max(lowest, (Double(total) - 50) / ((share + 0.005) / 100))
            highest = min(highest, (Double(total) + 50) / ((share - 0.005) / 100))
            sum += total
        }
        #expect(lowest <= highest)
        #expect(Double(sum) < lowest, "33 of 38 provinces must fall short of the national total")
        #expect(table.statedNationalTotal(year: 2024) == nil)
    }

    @Test func aFigureTheSourceDidNotGiveIsNilNotZero() {
        #expect(table.population(year: 2024, province: "32")?.people == 50_345_200)
        #expect(table.population(year: 2024, province: "94") == nil)
        #expect(table.population(year: 2024, province: "32", sex: .female) == nil)
        #expect(table.population(year: 2024, province: "32", ageGroup: .children) == nil)
        #expect(table.population(year: 2024) == nil)
        #expect(table.population(year: 2024, province: "99") == nil)
        #expect(table.missing(year: 2024).count == 4)
    }

    @Test func aLaterYearIsAnsweredFromTheNearestEarlierOneAndSaysSo() throws {
        let figure = try #require(table.population(year: 2026, province: "65"))
        #expect(figure.people == 739_800 && figure.year == 2024 && figure.isFromEarlierYear)
        #expect(table.population(year: 2024, province: "65")?.isFromEarlierYear == false)
        #expect(table.population(year: 2019, province: "65") == nil)
    }

    @Test func everyYearNamesASourceWithItsRetrievalDate() throws {
        let source = try #require(table.source(id: "bps-provinsi-2024"))
        #expect(source.publisher.contains("Badan Pusat Statistik") && source.figuresYear == 2024)
        #expect(source.url.hasPrefix("https://www.bps.go.id/") && source.retrieved == "2026-12-06")
    }
}

/// The lookup rules on a small made-up table: by sex, by age group, national, and refusals.
@Suite struct PopulationLookupTests {
    static func file(years: String, sourceID: String = "s") -> Data {
        Data("""
        {"version": 1,
         "sources": [{"id": "\(sourceID)", "title": "t", "publisher": "p", "url": "u", "figuresYear": 2023,
                      "kind": "k", "unitsInSource": "people", "retrieved": "2026-01-01"}],
         "years": [\(years)]}
        """.utf8)
    }

    static let year2023 = """
        {"year": 2023, "source": "s", "nationalTotal": 1000,
         "provinces": [{"code": "11", "name": "Aceh", "total": 1000, "male": 510, "female": 490,
                        "ageGroups": {"0-17": {"total": 300, "male": 160, "female": 140}}}]}
        """

    @Test func looksUpBySexAgeGroupAndNation() throws {
        // Set-up
        let table = try PopulationTable(data: Self.file(years: Self.year2023))
        // What must hold
        #expect(table.population(year: 2023)?.people == 1000)
        #expect(table.population(year: 2023, province: "11", sex: .male)?.people == 510)
        #expect(table.population(year: 2023, province: "11", sex: .female, ageGroup: .children)?.people == 140)
        #expect(table.population(year: 2023, province: "11", ageGroup: .adults) == nil)
        #expect(table.population(year: 2023, ageGroup: .children) == nil)
        #expect(table.population(year: 2025, province: "11", sex: .male)?.year == 2023)
    }

    @Test func refusesAYearTwiceOrASourceNotListed() {
        #expect(throws: PopulationTableError.duplicateYear(2023)) {
            try PopulationTable(data: Self.file(years: Self.year2023 + "," + Self.year2023))
        }
        #expect(throws: PopulationTableError.unknownSource(year: 2023, source: "s")) {
            try PopulationTable(data: Self.file(years: Self.year2023, sourceID: "other"))
        }
        #expect(throws: (any Error).self) { try PopulationTable(data: Data("{}".utf8)) }
    }
}
