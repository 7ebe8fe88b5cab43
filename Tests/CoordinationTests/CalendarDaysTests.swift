import Testing
import Cases
@testable import Coordination

@Suite("Calendar-day arithmetic")
struct CalendarDaysTests {
    @Test func countsAcrossMonthYearAndLeapDay() {
        #expect(day("2026-03-01").addingDays(7) == day("2026-03-08"))
        #expect(day("2026-12-28").addingDays(7) == day("2027-01-04"))
        #expect(day("2028-02-25").addingDays(7) == day("2028-03-03"))  // 2028 has 29 February
        #expect(day("2026-02-25").addingDays(7) == day("2026-03-04"))
        #expect(day("2026-03-08").addingDays(-7) == day("2026-03-01"))
    }

    @Test func daysUntilIsTheInverseOfAdding() {
        let start = day("1999-12-31")
        for n in [0, 1, 59, 60, 365, 366, 10_000] {
            #expect(start.days(until: start.addingDays(n)) == n)
        }
        #expect(day("2026-03-10").days(until: day("2026-03-01")) == -9)
    }

    @Test func dayNumberMatchesTheUnixEpoch() {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("2000-03-01").dayNumber == 11_017)
    }

    @Test func staysInsideTheRangeCalendarDateAccepts() {
        #expect(day("9999-12-30").addingDays(10) == day("9999-12-31"))
        #expect(day("1900-01-05").addingDays(-10) == day("1900-01-01"))
    }
}
