import Testing
@testable import Linkage

/// Looking one new record up among known persons.
@Suite("Person index")
struct PersonIndexTests {
    static let population = Fixture.population(persons: 300)
    static let index = PersonIndex(records: population.records)

    @Test("a new record of a known person finds that person first, with reasons")
    func findsKnownPerson() throws {
        let known = try #require(Self.population.records.first { $0.recordID == "P5A" })
        let query = PersonRecord(recordID: "Q1", source: "KEMLU", fullName: Fixture.oldSpelling(known.fullName),
                                 nik: known.nik, dob: "", sex: "", pob: "", phone: "")
        let found = Self.index.candidates(for: query)
        let best = try #require(found.first)
        #expect(Self.population.person[best.recordID] == 5)
        #expect(best.probability > 0.9)
        #expect(best.explanation.evidence.contains { $0.field == .nik && $0.level == 4 })
        #expect(found.map(\.weight) == found.map(\.weight).sorted(by: >))
    }

    @Test("a stranger finds no likely candidate")
    func stranger() {
        let query = PersonRecord(recordID: "Q2", source: "LSM", fullName: "XAVERIUS NDOLU", nik: "5301011212700001",
                                 dob: "1970-12-12", sex: "L", pob: "KUPANG", phone: "085200000001")
        #expect(Self.index.candidates(for: query, minimumProbability: 0.5).isEmpty)
    }

    @Test("a name spelled unlike any in the index still compares by spelling")
    func unknownSpelling() throws {
        let known = try #require(Self.population.records.first { $0.recordID == "P7A" })
        let query = PersonRecord(recordID: "Q3", source: "LSM", fullName: known.fullName + "X",
                                 nik: "", dob: known.dob, sex: known.sex, pob: known.pob, phone: known.phone)
        let best = try #require(Self.index.candidates(for: query).first)
        #expect(Self.population.person[best.recordID] == 7)
    }

    @Test("limit and count")
    func limits() throws {
        let known = try #require(Self.population.records.first)
        #expect(Self.index.candidates(for: known, limit: 1, minimumProbability: 0).count == 1)
        #expect(Self.index.count == Self.population.records.count)
    }
}
