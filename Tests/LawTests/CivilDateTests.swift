import Foundation
import Testing
@testable import Law

@Suite("Civil dates")
struct CivilDateTests {
    @Test("ISO dates parse strictly and print back")
    func roundTrip() {
        #expect(CivilDate(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(CivilDate(iso: "2025-02-29") == nil)
        #expect(CivilDate(iso: "2025-13-01") == nil)
    }

    @Test("today is the day in Jakarta: 23:30 UTC on 1 January is already 2 January")
    func jakartaDay() {
        let instant = Date(timeIntervalSince1970: 1_767_310_200) // 2026-01-01T23:30:00Z
        #expect(CivilDate(instant).description == "2026-01-02")
        #expect(CivilDate(Date(timeIntervalSince1970: 0)).description == "1970-01-01")
        #expect(CivilDate(Clock.today).description == "2026-11-29")
    }
}
