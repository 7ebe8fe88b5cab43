import Testing
@testable import OfferCheck

@Suite("Register CSV import")
struct AgencyCSVTests {
    @Test("Indonesian headers, quoted fields with commas and line breaks, branches split on ;")
    func indonesianHeaders() throws {
        // Windows line ends, as Excel saves them; a quoted field spans two lines.
        let csv = [
            "Nama Perusahaan,NIB,Nomor SIP3MI,Tanggal Terbit,Berlaku Sampai,Status,Alamat Kantor Pusat,Kantor Cabang",
            #""PT Maju, Jaya Abadi",1234567890123,B.123/KEP/2021,01/03/2021,2031-02-28,Aktif,"Jl. Merdeka 1,"#,
            #"Malang","Blitar; Kediri ;""#,
            #""PT Sinar ""Timur""",,KEP.45/2019,2019-05-02,,dicabut,,"#,
            "",
        ].joined(separator: "\r\n")
        let result = try AgencyCSV.read(csv)
        #expect(result.rejects == [] && result.ignoredColumns == [])
        #expect(result.agencies.count == 2)
        let first = result.agencies[0]
        #expect(first.name == "PT Maju, Jaya Abadi" && first.nib == "1234567890123" && first.licenceNumber == "B.123/KEP/2021")
        #expect(first.issued == Fixtures.day("2021-03-01") && first.validUntil == Fixtures.day("2031-02-28"))
        #expect(first.status == .active && first.headOffice == "Jl. Merdeka 1,\nMalang" && first.branches == ["Blitar", "Kediri"])
        let second = result.agencies[1]
        #expect(second.name == "PT Sinar \"Timur\"" && second.nib == nil && second.validUntil == nil && second.status == .revoked)
    }

    @Test("English headers in another order, extra columns named as ignored")
    func englishHeaders() throws {
        let csv = "status,licence_number,name,phone\nsuspended,SIP-7/2022,PT Bina Karya,021-555\n"
        let result = try AgencyCSV.read(csv)
        #expect(result.agencies.map(\.status) == [.suspended] && result.ignoredColumns == ["phone"])
    }

    @Test("bad rows are rejected with their line and reason; every good row is still imported")
    func rejects() throws {
        let csv = """
        name,nib,sip3mi,issued,valid_until,status
        PT Satu,1234567890123,KEP/1/2020,2020-01-01,2025-01-01,active
        PT Dua,1234567890123,KEP/2/2020,2020-02-30,2025-01-01,active
        PT Tiga,1234567890123,KEP/3/2020,2020-01-01,2025-01-01,closed
        ,1234567890123,KEP/4/2020,2020-01-01,2025-01-01,active
        PT Lima,1234567890123,ABC,2020-01-01,2025-01-01,active
        PT Enam,12345,KEP/6/2020,2020-01-01,2025-01-01,active
        PT Tujuh,1234567890123,kep/1/2020,2020-01-01,2025-01-01,active
        PT Delapan,1234567890123,KEP/8/2020,2021-01-01,2020-01-01,active
        PT Sembilan,1234567890123,KEP/9/2020
        PT Sepuluh,1234567890123,KEP/10/2020,2020-01-01,2025-01-01,aktif
        PT Sebelas,1234567890123,,2020-01-01,2025-01-01,active
        """
        let result = try AgencyCSV.read(csv)
        #expect(result.agencies.map(\.name) == ["PT Satu", "PT Sepuluh"])
        let byLine = Dictionary(uniqueKeysWithValues: result.rejects.map { ($0.line, $0.reasons.map(\.code)) })
        #expect(byLine == [3: [.badDate], 4: [.unknownStatus], 5: [.missingName], 6: [.malformedLicence], 7: [.malformedNIB],
                           8: [.duplicateLicence], 9: [.datesOutOfOrder], 10: [.wrongFieldCount], 12: [.missingLicence]])
        let duplicate = try #require(result.rejects.first { $0.line == 8 }?.reasons.first)
        #expect(duplicate.message.en.contains("line 2") && duplicate.column == "licence_number")
        #expect(result.rejects.first { $0.line == 3 }?.reasons.first?.value == "2020-02-30")
    }

    @Test("a row with several problems lists them all")
    func severalReasons() throws {
        let result = try AgencyCSV.read("nama,nomor_sip3mi,status,nib\n,!!,unknown,12\n")
        #expect(result.rejects.first?.reasons.map(\.code) == [.missingName, .malformedLicence, .malformedNIB, .unknownStatus])
    }

    @Test("an unclosed quote rejects its row and names the line; rows before it are kept")
    func unterminatedQuote() throws {
        let result = try AgencyCSV.read("name,sip3mi,status\nPT A,KEP/1/2020,active\n\"PT B,KEP/2/2020,active\nPT C,KEP/3/2020,active\n")
        #expect(result.agencies.map(\.name) == ["PT A"])
        #expect(result.rejects.map(\.line) == [3] && result.rejects[0].reasons.map(\.code) == [.unterminatedQuote])
    }

    @Test("a missing required column, a repeated column or an empty file stops the import")
    func headerErrors() {
        #expect(throws: AgencyCSVError.self) { try AgencyCSV.read("name,status\nPT A,active\n") }
        #expect(throws: AgencyCSVError.self) { try AgencyCSV.read("name,nama,sip3mi,status\n") }
        #expect(throws: AgencyCSVError.self) { try AgencyCSV.read("") }
        do { _ = try AgencyCSV.read("nama,status\n") } catch {
            #expect(error.message.en.contains("licence_number") && error.message.id.contains("nomor_sip3mi"))
        }
    }

    @Test("licence numbers: the documented conservative shape")
    func licenceShape() {
        for ok in ["KEP/1/2020", "B.123/KEP/2021", "sip-7", "123", "a b 1"] { #expect(LicenceNumber.isWellFormed(ok), "\(ok)") }
        for bad in ["AB", "KEP", "KEP#1", String(repeating: "1", count: 41), "", "KEP_1"] { #expect(!LicenceNumber.isWellFormed(bad), "\(bad)") }
        #expect(NIB.isWellFormed("0123456789012") && !NIB.isWellFormed("012345678901") && !NIB.isWellFormed("01234567890ab"))
    }
}
