import Cases
import Coordination
import Testing
@testable import Monitoring

/// A change replaces the changed cases' records in the counting index; the rest stays.
@Suite struct FactsRefreshTests {
    let day = CalendarDate(year: 2026, month: 3, day: 1)!

    func caseFact(_ id: String, province: String) -> CaseFact {
        CaseFact(id: id, provinceCode: province, openedOn: day, incidentOn: nil, types: [.forcedLabour], abroad: false,
                 status: .investigation, agencyIDs: ["a"])
    }

    func table(_ index: CountingIndex) throws -> IndicatorTable {
        try IndicatorCalculator(index: index).table("victims_identified", breakdown: "province", filter: MonitoringFilter(period: .year(2026)))
    }

    @Test func aRefreshReplacesTheChangedCasesAndKeepsTheRest() throws {
        let old = MonitoringFacts(cases: [caseFact("c1", province: "35"), caseFact("c2", province: "53")],
                                  victims: [PersonFact(id: "v1", caseID: "c1", sex: .female, age: 15, citizenship: "ID"),
                                            PersonFact(id: "v2", caseID: "c2", sex: .male, age: 30, citizenship: "ID")],
                                  asOf: day)
        // c1 now has two victims and moved province; c3 is new; links and the day come whole.
        let fresh = MonitoringFacts(cases: [caseFact("c1", province: "32"), caseFact("c3", province: "11")],
                                    victims: [PersonFact(id: "v1", caseID: "c1", sex: .female, age: 15, citizenship: "ID"),
                                              PersonFact(id: "v3", caseID: "c1", sex: .female, age: 16, citizenship: "ID"),
                                              PersonFact(id: "v4", caseID: "c3", sex: .male, age: 20, citizenship: "ID")],
                                    confirmedLinks: [("v2", "v4")], asOf: day.addingDays(1))
        let updated = CountingIndex(facts: old).updating(cases: ["c1", "c3"], with: fresh)
        let all = MonitoringFacts(cases: [caseFact("c1", province: "32"), caseFact("c2", province: "53"), caseFact("c3", province: "11")],
                                  victims: fresh.victims + [old.victims[1]], confirmedLinks: [("v2", "v4")], asOf: day.addingDays(1))
        let a = try table(updated), b = try table(CountingIndex(facts: all))
        #expect(a.rows.map(\.cells) == b.rows.map(\.cells) && a.total?.cells == b.total?.cells)
        // Four records, three people: v2 and v4 are one person, linked by the refresh.
        #expect(a.total?.cells == [.count(3), .count(4)])
        #expect(a.rows.first { $0.key == "35" }?.cells == [.count(0), .count(0)], "c1 left Jawa Timur")
        #expect(updated.asOf == day.addingDays(1))
        // A case deleted from the store is gone after the refresh.
        let deleted = CountingIndex(facts: old).updating(cases: ["c2"], with: MonitoringFacts(asOf: day))
        #expect(try table(deleted).total?.cells == [.count(1), .count(1)])
    }
}
