import Testing
@testable import Linkage

/// How the comparison of two records turns into weights: term frequencies of names that are
/// not independent, and fields whose agreement or disagreement another field already told.
@Suite("Scoring")
struct ScoringTests {
    /// A small population with one common whole name and one common given name.
    static let prepared: (persons: [PreparedPerson], context: ComparisonContext) = {
        var records: [PersonRecord] = []
        for k in 0..<20 { records.append(PersonRecord(recordID: "A\(k)", fullName: "SITI AMINAH")) }
        for k in 0..<20 { records.append(PersonRecord(recordID: "G\(k)", fullName: "AGUSTINUS \(["LAKE", "BRIA", "SERAN", "TEFA"][k % 4])")) }
        records.append(PersonRecord(recordID: "N1", fullName: "SITI NUR AMINAH"))
        records.append(PersonRecord(recordID: "T1", fullName: "TINUS"))
        for k in 0..<60 { records.append(PersonRecord(recordID: "X\(k)", fullName: "ORANG \(k) LAIN")) }
        return LinkageEngine.prepare(records, referenceYear: 2026)
    }()

    func compare(_ i: Int, _ j: Int) -> PairComparison {
        Self.prepared.persons.withUnsafeBufferPointer { p in Self.prepared.context.compare(p.baseAddress! + i, p.baseAddress! + j) }
    }

    @Test("a name contained in another is as common as the shorter whole name, not the product of its tokens")
    func containedNameShare() {
        let c = compare(0, 40) // SITI AMINAH ⊂ SITI NUR AMINAH
        #expect(c.vector[.name] == 2)
        let ctx = Self.prepared.context
        let whole = ctx.vocabulary.names.share(Self.prepared.persons[0].fullName)
        let product = ctx.tokenShare(Self.prepared.persons[0].tokens[0]) * ctx.tokenShare(Self.prepared.persons[0].tokens[1])
        #expect(whole > product)
        #expect(c.nameShare >= whole)
    }

    @Test("a birth date shared by namesakes counts for less when the name belongs to that birth year")
    func namesakeBirthYear() throws {
        // PUTRI AULIA is a name of 2005 (a fashion); the others are spread over fifty years.
        var records: [PersonRecord] = []
        for k in 0..<30 { records.append(PersonRecord(recordID: "P\(k)", fullName: "PUTRI AULIA", dob: "2005-0\(1 + k % 3)-1\(k % 5)")) }
        for k in 0..<300 { records.append(PersonRecord(recordID: "X\(k)", fullName: "ORANG \(k % 50) LAIN", dob: "\(1955 + k % 50)-0\(1 + k % 9)-2\(k % 8)")) }
        let (persons, ctx) = LinkageEngine.prepare(records, referenceYear: 2026)
        func compare(_ i: Int, _ j: Int) -> PairComparison {
            persons.withUnsafeBufferPointer { p in ctx.compare(p.baseAddress! + i, p.baseAddress! + j) }
        }
        let same = try #require((1..<30).first { persons[$0].dobID == persons[0].dobID })
        let c = compare(0, same)
        #expect(c.vector[.birthDate] == ComparisonContext.identicalDate)
        let plain = ctx.vocabulary.dates.share(persons[0].dobID)
        #expect(c.dateShare > 5 * plain)
        // Namesakes whose name is spread over the years keep the date's own frequency.
        let x = 30
        let d = withUnsafePointer(to: persons[x]) { a in ctx.compare(a, a) }
        #expect(d.vector[.birthDate] == ComparisonContext.identicalDate)
        #expect(d.dateShare == ctx.vocabulary.dates.share(persons[x].dobID))
    }

    @Test("a rare short form counts at least as common as the name it shortens")
    func nicknameShare() throws {
        let ctx = Self.prepared.context
        let tinus = Self.prepared.persons[41], agustinus = Self.prepared.persons[20]
        let n = try #require(NameComparison.compare(tinus.tokens, [agustinus.tokens[0]], ctx))
        #expect(n.level >= 2)
        #expect(n.share >= ctx.tokenShare(agustinus.tokens[0]))
    }

    func comparison(_ levels: [LinkageField: Int]) -> PairComparison {
        var c = PairComparison()
        for (f, l) in levels { c.vector[f] = l }
        return c
    }

    @Test("a shared phone, place and kecamatan say nothing for a pair whose names and birth dates both differ")
    func household() {
        let model = LinkageModel.initial
        let family = comparison([.name: 0, .birthDate: 1, .phone: 2, .birthPlace: 2, .nik: 1])
        #expect(model.weight(.phone, level: 2, family) == 0)
        #expect(model.weight(.birthPlace, level: 2, family) == 0)
        #expect(model.weight(.nik, level: 1, family) <= 0)
        let person = comparison([.name: 4, .birthDate: 1, .phone: 2])
        #expect(model.weight(.phone, level: 2, person) > 0)
        let noDate = comparison([.name: 0, .phone: 2])
        #expect(model.weight(.phone, level: 2, noDate) > 0)
    }

    @Test("another sex code on the same name does not count against the pair; on other names it does")
    func sexOnSameName() {
        let model = LinkageModel.initial
        #expect(model.weight(.sex, level: 0, comparison([.name: 4, .sex: 0])) == 0)
        #expect(model.weight(.sex, level: 0, comparison([.name: 1, .sex: 0])) < 0)
        #expect(model.weight(.sex, level: 1, comparison([.name: 4, .sex: 1])) > 0)
    }

    @Test("NIKs of other places already disagree on the birth date they encode")
    func nikEncodesDate() {
        let model = LinkageModel.initial
        #expect(model.weight(.birthDate, level: 1, comparison([.name: 4, .nik: 0, .birthDate: 1])) == 0)
        // Within one kecamatan the date is what tells namesakes apart.
        #expect(model.weight(.birthDate, level: 1, comparison([.name: 4, .nik: 1, .birthDate: 1])) < 0)
        #expect(model.weight(.birthDate, level: 1, comparison([.name: 0, .nik: 0, .birthDate: 1])) < 0)
    }

    @Test("birth dates learn from pairs that share a phone and a name, not from households")
    func dateTeachers() {
        let person = comparison([.name: 4, .phone: 2, .birthDate: 6])
        let sibling = comparison([.name: 0, .phone: 2, .birthDate: 1, .nik: 1])
        let clanSibling = comparison([.name: 1, .phone: 2, .birthDate: 1])
        let stranger = comparison([.name: 4, .phone: 0, .birthDate: 1])
        let taught = LinkageEngine.dateTeachers([person.vector: 5, sibling.vector: 7, clanSibling.vector: 2, stranger.vector: 9])
        #expect(taught == [person.vector: 5])
    }
}
