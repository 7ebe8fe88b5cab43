import Foundation
import Testing
@testable import Cases

@Suite("Indonesian time zones")
struct IndonesianTimeZoneTests {
    @Test func provincesReadTheirOwnZone() {
        #expect(IndonesianTimeZone.of(provinceCode: "31") == .wib)   // DKI Jakarta
        #expect(IndonesianTimeZone.of(provinceCode: "62") == .wib)   // Kalimantan Tengah
        #expect(IndonesianTimeZone.of(provinceCode: "53") == .wita)  // NTT
        #expect(IndonesianTimeZone.of(provinceCode: "64") == .wita)  // Kalimantan Timur
        #expect(IndonesianTimeZone.of(provinceCode: "73") == .wita)  // Sulawesi Selatan
        #expect(IndonesianTimeZone.of(provinceCode: "82") == .wit)   // Maluku Utara
        #expect(IndonesianTimeZone.of(provinceCode: "96") == .wit)   // Papua Barat Daya
        #expect(IndonesianTimeZone.of(provinceCode: nil) == .wib)
    }

    @Test func storedUTCTimesAreShownInTheZoneAcrossMidnight() {
        #expect(IndonesianTimeZone.wita.format("2026-12-06T01:05:09.123Z") == "2026-12-06 09:05 WITA")
        #expect(IndonesianTimeZone.wit.format("2026-12-31T16:30:00Z") == "2027-01-01 01:30 WIT")
        #expect(IndonesianTimeZone.wib.format("2026-10-01T10:15Z") == "2026-10-01 17:15 WIB")
        #expect(IndonesianTimeZone.wib.format("kemarin") == "kemarin")
    }

    /// The arithmetic reading agrees with Foundation's calendar on every shape, across leap
    /// days, month ends and years, and leaves what is not a real time to the formatter.
    @Test func timesReadByPositionAgreeWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let seconds = Int.random(in: -2_000_000_000...4_000_000_000, using: &rng)
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            for zone in IndonesianTimeZone.allCases {
                var local = calendar
                local.timeZone = TimeZone(secondsFromGMT: zone.hoursFromUTC * 3600)!
                let c = local.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                let want = String(format: "%04d-%02d-%02d %02d:%02d ", c.year!, c.month!, c.day!, c.hour!, c.minute!) + zone.label
                #expect(zone.format(date) == want)
                let u = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
                let stamp = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", u.year!, u.month!, u.day!, u.hour!, u.minute!, u.second!)
                #expect(zone.format(stamp + ".042Z") == want && zone.format(stamp + "Z") == want)
                #expect(zone.format(String(stamp.prefix(16)) + "Z") == want)
            }
        }
        #expect(IndonesianTimeZone.wib.format("2024-02-29T17:00:00Z") == "2024-03-01 00:00 WIB")
        for notATime in ["2025-02-29T01:00:00Z", "2026-13-01T01:00Z", "2026-12-06T24:00:00Z", "2026-12-06 01:05:09Z", "2026-12-06T01:05:09.Z", ""] {
            #expect(UTCStamp.seconds(notATime) == nil, "\(notATime)")
        }
    }
}
