import Testing
@testable import Cases

@Suite("NIK")
struct NIKTests {
    @Test func decodesAMansNIK() throws {
        let d = try NIK.validate("3578011503900001").get()
        #expect(d.provinceCode == "35")
        #expect(d.regencyCode == "78")
        #expect(d.districtCode == "01")
        #expect(d.sex == .male)
        #expect(d.birthDay == 15 && d.birthMonth == 3 && d.birthYearTwoDigits == 90)
        #expect(d.serial == "0001")
    }

    @Test func aWomansBirthDayCarriesForty() throws {
        let d = try NIK.validate("5303015508950123").get()
        #expect(d.sex == .female)
        #expect(d.birthDay == 15)
        #expect(d.birthMonth == 8)
    }

    @Test func spacesAndDotsAreIgnored() throws {
        let d = try NIK.validate("3578 0115 0390 0001").get()
        #expect(d.birthDay == 15)
    }

    @Test(arguments: [
        ("357801150390001", NIK.Problem.notSixteenDigits(count: 15)),
        ("99780115039000001".dropLast().description, NIK.Problem.unknownProvince("99")),
        ("3578013213900001", NIK.Problem.impossibleDate(day: 32, month: 13)),
        ("3578017203900001", NIK.Problem.impossibleDate(day: 72, month: 3)),
        ("3578013102900001", NIK.Problem.impossibleDate(day: 31, month: 2)),
        ("3500011503900001", NIK.Problem.zeroRegion),
        ("3578011503900000", NIK.Problem.zeroSerial),
    ])
    func rejectsDoubtfulNumbers(_ raw: String, _ expected: NIK.Problem) {
        guard case .failure(let found) = NIK.validate(raw) else {
            Issue.record("\(raw) was accepted")
            return
        }
        #expect(found.problems.contains(expected))
    }

    @Test func lettersAreNamed() {
        guard case .failure(let found) = NIK.validate("35780115O3900001") else { Issue.record("accepted"); return }
        #expect(found.problems == [.notDigits])
        #expect(found.problems[0].message(.indonesian).contains("angka"))
    }

    @Test func warnsWhenTheBirthDateOrSexDisagree() {
        let birth = CalendarDate(iso: "1990-03-16")!
        let warnings = NIKCheck.warnings(nik: "3578011503900001", birthDate: birth, sex: .female)
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.field == "nik" })
        #expect(NIKCheck.warnings(nik: "3578011503900001", birthDate: CalendarDate(iso: "1990-03-15")!, sex: .male).isEmpty)
    }
}

@Suite("Phone numbers")
struct PhoneNumberTests {
    @Test(arguments: ["+62 812-3456-7890", "6281234567890", "081234567890", "0812 3456 7890"])
    func indonesianFormsAgree(_ raw: String) {
        #expect(PhoneNumber.normalise(raw) == "+6281234567890")
    }

    @Test func foreignNumbersKeepTheirCode() {
        #expect(PhoneNumber.normalise("+60 12-345 6789") == "+60123456789")
    }

    @Test(arguments: ["12", "0812-abc-7890", "+62 0812", ""])
    func nonsenseIsRefused(_ raw: String) {
        #expect(PhoneNumber.normalise(raw) == nil)
    }
}
