import Cases
import Testing

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
}
