import Testing
@testable import Networks

/// Phones are keyed in E.164 however they were typed; what cannot be read is kept and flagged.
@Suite("Phone numbers")
struct PhoneNumberTests {
    @Test("an Indonesian mobile typed in any of the usual ways gives one key",
          arguments: ["0812-3456-7890", "+62 812 3456 7890", "62812.3456.7890", "812 3456 7890", "+62 (0)812 3456 7890", "0062 812 3456 7890"])
    func indonesianMobile(raw: String) {
        let id = Identifier.normalise(kind: .phone, raw: raw)
        #expect(id.key?.description == "phone:+6281234567890")
        #expect(id.raw == raw)
    }

    @Test("a landline keeps its area code; a foreign number keeps its country code")
    func landlineAndForeign() {
        #expect(Identifier.normalise(kind: .phone, raw: "(021) 2924 4800").key?.value == "+622129244800")
        #expect(Identifier.normalise(kind: .phone, raw: "+60 12-345 6789").key?.value == "+60123456789")
        #expect(Identifier.normalise(kind: .phone, raw: "+852 9123 4567").key?.value == "+85291234567")
    }

    @Test("mobile numbers have 9 to 12 digits after 62")
    func mobileLength() {
        #expect(Identifier.normalise(kind: .phone, raw: "0812-3456-78").key?.value == "+62812345678")
        #expect(Identifier.normalise(kind: .phone, raw: "0812 3456 7890 1").key?.value == "+62812345678901")
        #expect(Identifier.normalise(kind: .phone, raw: "0812 3456 7").problem == .notAnIndonesianNumber("81234567"))
        #expect(Identifier.normalise(kind: .phone, raw: "0812 3456 7890 12").problem == .notAnIndonesianNumber("8123456789012"))
    }

    @Test("what cannot be a phone number is flagged with the reason and kept as typed")
    func malformed() {
        let short = Identifier.normalise(kind: .phone, raw: "0812-345")
        #expect(short.key == nil)
        #expect(short.raw == "0812-345")
        #expect(short.problem == .notAnIndonesianNumber("812345"))
        #expect(Identifier.normalise(kind: .phone, raw: "60123456789").problem == .countryUnknown)
        #expect(Identifier.normalise(kind: .phone, raw: "0812 34x6 7890").problem == .unexpectedCharacter("x"))
        #expect(Identifier.normalise(kind: .phone, raw: " - ").problem == .empty)
        #expect(Identifier.normalise(kind: .phone, raw: "+0812345678").problem == .countryUnknown)
        #expect(Identifier.normalise(kind: .phone, raw: "+1 234").problem == .wrongLength(4, expected: 8...15))
    }

    @Test("an e-wallet is keyed by its provider and the Indonesian mobile it is registered to")
    func eWallet() {
        #expect(Identifier.normalise(kind: .eWallet(.ovo), raw: "0812 3456 7890").key?.description == "ewallet:ovo:+6281234567890")
        #expect(Identifier.normalise(kind: .eWallet(.dana), raw: "+60 12-345 6789").problem == .notAnIndonesianMobile)
        #expect(EWallet(name: "Shopee Pay") == .shopeepay)
        #expect(EWallet(name: "Go-Pay") == .gopay)
        #expect(EWallet(name: "Link Aja") == .linkaja)
    }
}
