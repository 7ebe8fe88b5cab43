import Cases
import Coordination
import Testing
@testable import Monitoring

@Suite struct FactsRefreshTests {
    let day = CalendarDate(year: 2026, month: 3, day: 1)!

    func caseFact(_ id: String, province: String) -> CaseFact {
        CaseFact(id: id, provinceCode: province, openedOn: day, incidentOn: nil, types: [.forcedLabour], abroad: false,
                 status: .investigation, agencyIDs: ["a"])
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
        let merged = old.replacing(cases: ["c1", "c3"], with: fresh)
        #expect(merged.cases.keys.sorted() == ["c1", "c2", "c3"])
        #expect(merged.cases["c1"]?.provinceCode == "32" && merged.cases["c2"]?.provinceCode == "53")
        #expect(merged.victims.map(\.id).sorted() == ["v1", "v2", "v3", "v4"])
        #expect(merged.confirmedLinks.count == 1 && merged.asOf == day.addingDays(1))
        // Counting the merged facts equals counting everything read afresh.
        let all = MonitoringFacts(cases: [caseFact("c1", province: "32"), caseFact("c2", province: "53"), caseFact("c3", province: "11")],
                                  victims: merged.victims, confirmedLinks: [("v2", "v4")], asOf: day.addingDays(1))
        let filter = MonitoringFilter(period: .year(2026))
        let a = try IndicatorCalculator(facts: merged).table("victims_identified", breakdown: "province", filter: filter)
        let b = try IndicatorCalculator(facts: all).table("victims_identified", breakdown: "province", filter: filter)
        #expect(a.rows.map(\.cells) == b.rows.map(\.cells) && a.total?.cells == b.total?.cells)
        // A case deleted from the store is gone after the refresh.
        #expect(old.replacing(cases: ["c2"], with: MonitoringFacts(asOf: day)).cases["c2"] == nil)
    }
}
