import Testing
@testable import Networks

/// Bank accounts, handles, business numbers, licences, plates, documents and addresses.
@Suite("Identifiers")
struct IdentifierTests {
    @Test("a bank account is its bank's code and the account's digits", arguments: [
        ("BCA 123-456-7890", "bank:014:1234567890"),
        ("bank mandiri 123 00 1234567 8", "bank:008:1230012345678"),
        ("014-1234567890", "bank:014:1234567890"),
        ("014 1234567890", "bank:014:1234567890"),
        ("BRI: 0123-01-000123-50-1", "bank:002:012301000123501"),
        ("Bank CIMB Niaga 7001 2345 6789", "bank:022:700123456789"),
    ])
    func bankAccount(raw: String, key: String) {
        #expect(Identifier.normalise(kind: .bankAccount, raw: raw).key?.description == key)
    }

    @Test("a bank that cannot be told, or an account without a number, is flagged")
    func bankMalformed() {
        #expect(Identifier.normalise(kind: .bankAccount, raw: "Bank Antah 1234567").problem == .unknownBank("ANTAH"))
        #expect(Identifier.normalise(kind: .bankAccount, raw: "1234567890").problem == .unknownBank(""))
        #expect(Identifier.normalise(kind: .bankAccount, raw: "BNI").problem == .missingAccountNumber)
        #expect(Identifier.normalise(kind: .bankAccount, raw: "BNI 123").problem == .wrongLength(3, expected: 6...18))
    }

    @Test("a handle is lower-cased without @ or the profile address around it, per platform")
    func handles() {
        #expect(Identifier.normalise(kind: .socialAccount(.instagram), raw: "@Nama.Akun").key?.description == "social:instagram:nama.akun")
        #expect(Identifier.normalise(kind: .socialAccount(.instagram), raw: "https://www.instagram.com/Nama.Akun/?hl=id").key?.value == "nama.akun")
        #expect(Identifier.normalise(kind: .socialAccount(.tiktok), raw: "tiktok.com/@Loker_Taiwan").key?.value == "loker_taiwan")
        #expect(Identifier.normalise(kind: .socialAccount(.telegram), raw: "t.me/lokerluarnegeri").key?.value == "lokerluarnegeri")
        #expect(Identifier.normalise(kind: .socialAccount(.whatsapp), raw: "wa.me/6281234567890").key?.description == "social:whatsapp:+6281234567890")
        #expect(Identifier.normalise(kind: .socialAccount(.tiktok), raw: "@loker taiwan").problem == .unexpectedCharacter(" "))
        #expect(Identifier.normalise(kind: .socialAccount(.x), raw: "@a_handle_far_too_long").problem == .wrongLength(21, expected: 1...15))
        #expect(Identifier.normalise(kind: .socialAccount(.telegram), raw: "@abc").problem == .wrongLength(3, expected: 5...32))
        #expect(SocialPlatform(name: "IG") == .instagram && SocialPlatform(name: "Twitter") == .x)
    }

    @Test("business numbers, licences, plates and passports lose their spaces and are upper-cased")
    func codes() {
        #expect(Identifier.normalise(kind: .businessNumber, raw: "9120 0012 3456 7").key?.description == "nib:9120001234567")
        #expect(Identifier.normalise(kind: .businessNumber, raw: "9120 0012 3456").problem == .wrongLength(12, expected: 13...13))
        #expect(Identifier.normalise(kind: .agencyLicence, raw: "b. 123 / ka / 2020").key?.description == "sip3mi:B.123/KA/2020")
        #expect(Identifier.normalise(kind: .plate, raw: "b 1234 xyz").key?.description == "plate:B1234XYZ")
        #expect(Identifier.normalise(kind: .plate, raw: "B-1234-XYZ").key?.value == "B1234XYZ")
        #expect(Identifier.normalise(kind: .plate, raw: "B 1234 XY#").problem == .unexpectedCharacter("#"))
        #expect(Identifier.normalise(kind: .passport, raw: "a 123 4567").key?.description == "passport:A1234567")
    }

    @Test("a NIK has 16 digits and a birth date that exists (day + 40 for women)")
    func nik() {
        #expect(Identifier.normalise(kind: .nationalIdentity, raw: "3204 1255 0899 0003").key?.description == "nik:3204125508990003")
        #expect(Identifier.normalise(kind: .nationalIdentity, raw: "3204123208990003").problem == .impossibleDate)
        #expect(Identifier.normalise(kind: .nationalIdentity, raw: "32041215089900").problem == .wrongLength(14, expected: 16...16))
    }

    @Test("addresses, vessels and companies are compared in capitals with abbreviations written out")
    func words() {
        #expect(Identifier.normalise(kind: .address, raw: "Jl. Mawar No.5, Kec. Cibinong").key?.description == "address:JALAN MAWAR NOMOR 5 KECAMATAN CIBINONG")
        #expect(Identifier.normalise(kind: .address, raw: "JALAN MAWAR NOMOR 5 KECAMATAN CIBINONG").key?.value == "JALAN MAWAR NOMOR 5 KECAMATAN CIBINONG")
        #expect(Identifier.normalise(kind: .vessel, raw: "K.M. Sinar Jaya").key?.description == "vessel:KM SINAR JAYA")
        #expect(Identifier.normalise(kind: .companyName, raw: "P.T. Maju Jaya").key?.value == "PT MAJU JAYA")
        #expect(Identifier.normalise(kind: .address, raw: " ,. ").problem == .empty)
    }

    @Test("a key's string form reads back to the same kind and value, and names its node kind")
    func keyRoundTrip() {
        for text in ["phone:+6281234567890", "ewallet:ovo:+6281234567890", "social:instagram:nama.akun", "bank:014:1234567890", "nib:9120001234567"] {
            let key = IdentifierKey(text)
            #expect(key?.description == text)
        }
        #expect(IdentifierKey("ewallet:ovo:+6281234567890")?.kind == .eWallet(.ovo))
        #expect(IdentifierKey("nothing:here") == nil)
        #expect(NodeKind(nodeID: "phone:+6281234567890") == .phone)
        #expect(NodeKind(nodeID: "nib:9120001234567") == .agency)
        #expect(NodeKind(nodeID: "case:LP/123/2024") == .case)
        #expect(NodeKind(nodeID: "Agus") == .unknown)
    }
}
