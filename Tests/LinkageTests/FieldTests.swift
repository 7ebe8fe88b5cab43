import Testing
@testable import Linkage

/// NIKs, birth dates, phones, sex codes and places, and how two of each compare.
@Suite("Fields")
struct FieldTests {
    @Test("a NIK's digits are kept and what it encodes is decoded")
    func nikDecoded() throws {
        let woman = NIKReading("3204 1255 0899 0003")
        #expect(woman.digits.count == 16)
        let d = try #require(woman.decoded)
        #expect(d.sex.rawValue == "female")
        #expect(woman.birthDate(referenceYear: 2026) == BirthDate(year: 1999, month: 8, day: 15))
        // A two-digit year that would lie in the future belongs to the last century...
        #expect(NIKReading("3204121508300003").birthDate(referenceYear: 2026)?.year == 1930)
        // ...unless the record's own year says which century.
        #expect(NIKReading("3204121508050003").birthDate(referenceYear: 2026, hintYear: 1905)?.year == 1905)
        #expect(NIKReading("3204121508050003").birthDate(referenceYear: 2026)?.year == 2005)
    }

    @Test("damaged NIKs keep their digits but decode nothing")
    func nikDamaged() {
        #expect(NIKReading("320412150899000").digits.count == 15)
        #expect(NIKReading("320412150899000").decoded == nil)
        #expect(NIKReading("3204121508990003.0").digits.count == 16) // spreadsheet text
        #expect(NIKReading("3204121508990003").decoded != nil)
        #expect(NIKReading("3204129908990003").decoded == nil)       // day 99
        #expect(NIKReading("NIK 32041215").isEmpty)
        #expect(NIKReading("").isEmpty)
    }

    @Test("the NIK completes or corrects the written birth date")
    func nikAndBirthDate() {
        let nik = NIKReading("3204121508990003") // 15-08-99
        #expect(ParsedPerson.reconcile(nil, nik: nik, referenceYear: 2026) == BirthDate(year: 1999, month: 8, day: 15))
        #expect(ParsedPerson.reconcile(BirthDate(year: 1999), nik: nik, referenceYear: 2026) == BirthDate(year: 1999, month: 8, day: 15))
        // Written with day and month exchanged: the NIK's date wins.
        #expect(ParsedPerson.reconcile(BirthDate(year: 1999, month: 3, day: 8), nik: NIKReading("3204120803990003"), referenceYear: 2026)
                == BirthDate(year: 1999, month: 3, day: 8))
        #expect(ParsedPerson.reconcile(BirthDate(year: 1999, month: 8, day: 3), nik: NIKReading("3204120308990003"), referenceYear: 2026)
                == BirthDate(year: 1999, month: 8, day: 3))
        // A different written date is kept: it contradicts the NIK, and comparison will see it.
        #expect(ParsedPerson.reconcile(BirthDate(year: 1990, month: 1, day: 1), nik: nik, referenceYear: 2026) == BirthDate(year: 1990, month: 1, day: 1))
    }

    @Test("NIK comparison levels", arguments: [
        ("3204121508990003", "3204121508990003", 4),
        ("3204121508990003", "3204121508990903", 2),  // serial only
        ("3204121508990003", "3204121598990003", 3),  // one digit wrong in the date part
        ("3204121508990003", "3204121580990003", 3),  // two digits swapped
        ("3204121508990003", "320412150899003", 3),   // a digit dropped
        ("3204121508990003", "3204120101800044", 1),  // same kecamatan
        ("3204121508990003", "3578010101800044", 0),
    ])
    func nikLevels(a: String, b: String, level: Int) {
        #expect(ComparisonContext.nikLevel(NIKReading(a).digits, NIKReading(b).digits) == level)
    }

    @Test("birth dates: full, reversed, year only; day–month swaps and years compared")
    func birthDates() {
        #expect(BirthDate.parse("1990-05-17") == BirthDate(year: 1990, month: 5, day: 17))
        #expect(BirthDate.parse("17/05/1990") == BirthDate(year: 1990, month: 5, day: 17))
        #expect(BirthDate.parse("1990") == BirthDate(year: 1990))
        #expect(BirthDate.parse("1990-13-01") == nil)
        #expect(BirthDate.parse("kemarin") == nil)
        let d = BirthDate(year: 1990, month: 5, day: 7)
        let level = { ComparisonContext.dateLevel(d, $0) }
        #expect(level(d) == ComparisonContext.identicalDate)
        #expect(level(BirthDate(year: 1990, month: 7, day: 5)) == 5)
        #expect(level(BirthDate(year: 1990, month: 5, day: 8)) == 4)
        #expect(level(BirthDate(year: 1990)) == 3)
        #expect(level(BirthDate(year: 1991)) == 2)
        #expect(level(BirthDate(year: 1992, month: 1, day: 1)) == 1)
        #expect(level(BirthDate(year: 2001, month: 5, day: 7)) == 0)
        #expect(level(BirthDate(year: 0)) == nil)
        // A placeholder 1 January against a real date counts as the year alone.
        #expect(ComparisonContext.dateLevel(d, BirthDate(year: 1990, month: 1, day: 1), placeholder: true) == 3)
    }

    @Test("two full dates one slip apart are closer than dates that only share two parts", arguments: [
        ("1990-05-07", "1990-05-08", 4),   // day off by one
        ("1990-05-07", "1990-05-17", 4),   // one digit of the day
        ("1990-05-12", "1990-05-21", 4),   // two digits exchanged
        ("1990-05-07", "1990-06-07", 4),   // month off by one
        ("1989-12-07", "1990-12-07", 4),   // a year reckoned from an age, three digits apart
        ("1990-05-07", "1990-05-25", 1),   // same year and month, another day
        ("1990-05-07", "1990-11-07", 1),   // another month
        ("1990-05-07", "1993-05-07", 4),   // one digit of the year
        ("1990-05-07", "1987-05-07", 1),
    ])
    func dateSlips(a: String, b: String, level: Int) throws {
        let x = try #require(BirthDate.parse(a)), y = try #require(BirthDate.parse(b))
        #expect(ComparisonContext.dateLevel(x, y) == level)
    }

    @Test("a written date that contradicts the NIK keeps both readings, and either may agree")
    func twoReadings() {
        let nik = NIKReading("3204121508990003") // 15-08-99
        let written = BirthDate(year: 1999, month: 8, day: 16)
        #expect(ParsedPerson.reconcile(written, nik: nik, referenceYear: 2026) == written)
        #expect(ParsedPerson.secondReading(written, nik: nik, referenceYear: 2026) == BirthDate(year: 1999, month: 8, day: 15))
        // No second reading when they agree, differ by a day–month swap, or only a year is written.
        #expect(ParsedPerson.secondReading(BirthDate(year: 1999, month: 8, day: 15), nik: nik, referenceYear: 2026) == nil)
        #expect(ParsedPerson.secondReading(BirthDate(year: 1999, month: 3, day: 8), nik: NIKReading("3204120803990003"), referenceYear: 2026) == nil)
        #expect(ParsedPerson.secondReading(BirthDate(year: 1999), nik: nik, referenceYear: 2026) == nil)
        var a = PreparedPerson(), b = PreparedPerson()
        a.dob = written; a.altDob = BirthDate(year: 1999, month: 8, day: 15)
        b.dob = BirthDate(year: 1999, month: 8, day: 15)
        let level = withUnsafePointer(to: a) { pa in withUnsafePointer(to: b) { pb in ComparisonContext.bestDateLevel(pa, pb)?.0 } }
        #expect(level == ComparisonContext.identicalDate)
        a.altDob = BirthDate(year: 0)
        let without = withUnsafePointer(to: a) { pa in withUnsafePointer(to: b) { pb in ComparisonContext.bestDateLevel(pa, pb)?.0 } }
        #expect(without == 4)
    }

    @Test("a phone number with one digit typed wrong, dropped or exchanged is a slip", arguments: [
        ("81234567890", "81234567891", 1), ("81234567890", "81234567809", 1), ("81234567890", "8123456790", 1),
        ("81234567890", "85712345678", 0), ("81234567890", "81234560000", 0),
    ])
    func phoneSlips(a: String, b: String, level: Int) {
        #expect(ComparisonContext.phoneLevel(Array(a.utf8), Array(b.utf8)) == level)
    }

    @Test("phones in +62, 62 and 0 forms agree", arguments: [
        "081234567890", "+6281234567890", "6281234567890", "0812-3456-7890", "+62 812-3456-7890", "0812 3456 7890",
    ])
    func phone(written: String) {
        #expect(FieldNormalizer.phone(written) == "81234567890")
    }

    @Test("too short to be a phone")
    func notPhone() {
        #expect(FieldNormalizer.phone("0812") == nil)
        #expect(FieldNormalizer.phone("") == nil)
    }

    @Test("sex codes of every agency", arguments: [
        ("L", "male"), ("LAKI-LAKI", "male"), ("Laki-laki", "male"), ("M", "male"), ("PRIA", "male"),
        ("P", "female"), ("PEREMPUAN", "female"), ("Perempuan", "female"), ("F", "female"), ("WANITA", "female"),
    ])
    func sex(code: String, sex: String) {
        #expect(FieldNormalizer.sex(code)?.rawValue == sex)
    }

    @Test("unknown sex codes are not guessed", arguments: ["", "X", "-", "?"])
    func unknownSex(code: String) {
        #expect(FieldNormalizer.sex(code) == nil)
    }

    @Test("places lose their administrative words and old spelling")
    func places() {
        #expect(FieldNormalizer.place("KAB. BANJUMAS") == FieldNormalizer.place("Banyumas"))
        #expect(FieldNormalizer.place("KOTAMADYA SOERAKARTA") == FieldNormalizer.place("KOTA SURAKARTA"))
        #expect(FieldNormalizer.place("KABUPATEN LOMBOK TIMUR") == FieldNormalizer.place("LOMBOK TIMUR"))
        #expect(FieldNormalizer.place("KOTA") == nil)
        // A slip in a long administrative word does not make it part of the name...
        #expect(FieldNormalizer.place("KABUATEN WONOSOBO") == FieldNormalizer.place("WONOSOBO"))
        #expect(FieldNormalizer.place("KAABUPATEN PACITAN") == FieldNormalizer.place("Pacitan"))
        // ...but short words are not read loosely: one edit from KOTA is a name.
        #expect(FieldNormalizer.place("KOTO GADANG") == "KOTO GADANG")
    }

    @Test("places alike only by a typing slip, not by sharing a name with a compass word", arguments: [
        ("WONOSOBO", "WONOSOBI", true), ("SEMARANG", "SEMRAANG", true), ("BOGOR", "BOGOF", true),
        ("LOMBOK BARAT", "LOMBOK TIMUR", false), ("TAPANULI UTARA", "TAPANULI SELATAN", false),
        ("SUMBA BARAT", "SUMBA BARAT DAYA", false),
    ])
    func placeSlips(a: String, b: String, alike: Bool) {
        let k = { (s: String) in Array(FieldNormalizer.place(s)!.utf8) }
        #expect(ComparisonContext.placesAlike(k(a), k(b)) == alike)
    }

    @Test("near spellings that Jaro–Winkler misses")
    func tokenSimilarity() {
        let k = { Array(SpellingKey.key($0).utf8) }
        #expect(TokenSimilarity.oneEdit(k("FITRI"), k("DITRI")))
        #expect(TokenSimilarity.oneEdit(k("KATIMIN"), k("KAATIMIN")))
        #expect(!TokenSimilarity.oneEdit(k("ANI"), k("ANA")))            // too short to judge
        #expect(TokenSimilarity.sameConsonants(k("AHMAD"), k("AHMED")))
        #expect(TokenSimilarity.sameConsonants(k("RAHMAN"), k("ROHMAN")))
        #expect(!TokenSimilarity.sameConsonants(k("RAHMAN"), k("HERMAN")))
    }
}
