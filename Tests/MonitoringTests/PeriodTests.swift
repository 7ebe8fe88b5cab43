import Cases
import Testing
@testable import Monitoring

@Suite struct PeriodTests {
    @Test func parsesEveryFormAndItsDays() throws {
        let q = try #require(Period("2025-q3"))
        #expect(q == .quarter(2025, 3))
        #expect(q.firstDay.description == "2025-07-01" && q.lastDay.description == "2025-09-30")
        #expect(Period("2024-02")?.lastDay.description == "2024-02-29")
        #expect(Period("TA2025")?.firstDay == Period("2025")?.firstDay)
        #expect(Period("TA2025") != Period("2025"))
        #expect(Period("2025")!.label.id == "2025" && Period("2025-Q4")!.label.id == "Triwulan IV 2025")
    }

    @Test(arguments: ["", "25", "2025-13", "2025-Q5", "2025-Q0", "20251", "TA", "2025-1", "１２３４", "2025-00"])
    func refusesOtherText(_ text: String) {
        #expect(Period(text) == nil)
    }
}
