import Testing
@testable import Linkage

/// Which record pairs blocking brings together for comparison.
@Suite("Blocking")
struct BlockingTests {
    /// Whether records `a` and `b` of `records` are a candidate pair.
    static func blocked(_ records: [PersonRecord], _ a: Int, _ b: Int) -> Bool {
        let (persons, context) = LinkageEngine.prepare(records, referenceYear: 2026)
        let pairs = Blocking().candidatePairs(persons, context)
        return pairs.contains(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
    }

    /// Unrelated records around the pair under test, so that no key is trivially shared.
    static let others = (0..<40).map {
        PersonRecord(recordID: "O\($0)", fullName: "ORANG \($0) LAIN", dob: "19\(50 + $0)-02-0\(1 + $0 % 9)")
    }

    @Test("a phone number with one digit typed wrong, dropped or exchanged is still blocked with the number",
          arguments: ["0812-3456-7790", "081234567980", "08123456789", "0812345678900", "0812 9456 7890", "081234167890"])
    func phoneSlip(other: String) {
        let records = [PersonRecord(recordID: "A", fullName: "SITI AMINAH", phone: "081234567890"),
                       PersonRecord(recordID: "B", fullName: "DEWI LESTARI", phone: other)] + Self.others
        #expect(Self.blocked(records, 0, 1))
    }

    @Test("two unrelated phone numbers with nothing else in common are not blocked")
    func phoneUnrelated() {
        let records = [PersonRecord(recordID: "A", fullName: "SITI AMINAH", phone: "081234567890"),
                       PersonRecord(recordID: "B", fullName: "DEWI LESTARI", phone: "085798761234")] + Self.others
        #expect(!Self.blocked(records, 0, 1))
    }

    @Test("a nickname (head or tail of the name) with the same birth date is blocked with the full name",
          arguments: ["TINUS", "AGUS"])
    func nicknameWithDate(nick: String) {
        let records = [PersonRecord(recordID: "A", fullName: "AGUSTINUS BRIA", dob: "1990-03-14"),
                       PersonRecord(recordID: "B", fullName: nick, dob: "1990-03-14")] + Self.others
        #expect(Self.blocked(records, 0, 1))
        var apart = records
        apart[1].dob = "1991-05-20"
        #expect(!Self.blocked(apart, 0, 1))
    }
}
