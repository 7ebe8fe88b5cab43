import Cases
import Testing
@testable import Monitoring

@Suite struct IndicatorReadingTests {
    @Test func lawsAreReadAsCourtsWriteThem() {
        #expect(LawCategory(articles: ["UU 21/2007 Pasal 2 ayat (1)"]) == .uu21Pasal2)
        #expect(LawCategory(articles: ["UU No. 21 Tahun 2007 Pasal 4"]) == .uu21Other)
        #expect(LawCategory(articles: ["KUHP Pasal 455 ayat (1)"]) == .kuhp455)
        #expect(LawCategory(articles: ["UU 18/2017 Pasal 81", "UU 21/2007 Pasal 10"]) == .uu21Other)
        #expect(LawCategory(articles: ["UU 18/2017 Pasal 81"]) == .uu18)
        #expect(LawCategory(articles: ["KUHP Pasal 296"]) == .kuhpProcuring)
        #expect(LawCategory(articles: ["UU 35/2014 Pasal 76F jo. Pasal 83"]) == .uu35)
        #expect(LawCategory(articles: ["KUHP Pasal 378"]) == .other)
        #expect(LawCategory.statutoryMinimumMonths(articles: ["UU 35/2014 Pasal 76F jo. Pasal 83"]) == 36)
        #expect(LawCategory.statutoryMinimumMonths(articles: ["UU 35/2014 Pasal 76I jo. Pasal 88"]) == nil)
        #expect(LawCategory.statutoryMinimumMonths(articles: ["UU 21/2007 Pasal 20"]) == nil)
    }

    @Test func chainsOfConfirmedLinksAreOnePerson() {
        let c = PeopleClusters(links: [("c", "b"), ("d", "e"), ("b", "a")])
        #expect(c.person(of: "a") == "a" && c.person(of: "b") == "a" && c.person(of: "c") == "a")
        #expect(c.person(of: "e") == "d")
        #expect(c.person(of: "z") == "z")
    }

    @Test func citizenshipNeedsThePlace() {
        #expect(CitizenshipGroup(citizenship: "ID", abroad: true) == .indonesianAbroad)
        #expect(CitizenshipGroup(citizenship: "id", abroad: false) == .domestic)
        #expect(CitizenshipGroup(citizenship: "MM", abroad: false) == .foreignerInIndonesia)
        #expect(CitizenshipGroup(citizenship: "ID", abroad: nil) == .unknown)
        #expect(FormGroup([.prostitution, .forcedLabour]) == .mixed)
        #expect(FormGroup([]) == .unspecified)
        // GLOTIP's own form; forced labour in law, so counted with labour in the justice tables.
        #expect(FormGroup([.forcedCriminality]) == .criminality && FormGroup([.forcedCriminality]).isLabour)
        #expect(FormGroup([.forcedCriminality, .forcedLabour]) == .criminality)
        #expect(FormGroup([.forcedCriminality, .prostitution]) == .mixed)
    }

    @Test func badFiltersNameTheParameterAndTheAllowedValues() {
        let period = Period.year(2026)
        #expect(throws: MonitoringError.badValue("periode", "2026-13", allowed: [Period.allowedForms])) {
            try MonitoringFilter.parse(["periode": "2026-13"], agencyIDs: [], defaultPeriod: period)
        }
        #expect(throws: MonitoringError.badValue("jenis_kelamin", "x", allowed: ["female", "male", "unknown"])) {
            try MonitoringFilter.parse(["jenis_kelamin": "x"], agencyIDs: [], defaultPeriod: period)
        }
        #expect((try? MonitoringFilter.parse(["provinsi": "99"], agencyIDs: [], defaultPeriod: period)) == nil)
        #expect((try? MonitoringFilter.parse(["warna": "biru"], agencyIDs: [], defaultPeriod: period)) == nil)
        let f = try? MonitoringFilter.parse(["periode": "2025-Q2", "provinsi": "35", "usia": "CHILD"], agencyIDs: [], defaultPeriod: period)
        #expect(f?.period == .quarter(2025, 2) && f?.provinceCode == "35" && f?.ageGroup == .child)
    }

    @Test func everyRegisteredIndicatorIsCountedAndEveryDefaultBreakdownAllowed() throws {
        let registry = IndicatorRegistry.shipped
        #expect(Set(registry.indicators.map(\.id)) == IndicatorCalculator.counted)
        let calc = IndicatorCalculator(facts: MonitoringFacts(asOf: CalendarDate(year: 2026, month: 12, day: 6)!))
        for d in registry.indicators {
            #expect(d.breakdowns.contains(d.defaultBreakdown), "\(d.id)")
            #expect(!d.obligations.isEmpty, "\(d.id)")
            for by in d.breakdowns {
                let t = try calc.table(d.id, breakdown: by, filter: MonitoringFilter(period: .year(2026)))
                // An empty registry is "no data", never zeros presented as a finding.
                #expect(t.isEmpty, "\(d.id) by \(by)")
            }
        }
        #expect(throws: MonitoringError.self) { try calc.table("nope", filter: MonitoringFilter(period: .year(2026))) }
        #expect(throws: MonitoringError.self) { try calc.table("victims_identified", breakdown: "law", filter: MonitoringFilter(period: .year(2026))) }
    }
}
