import Foundation
import Testing
@testable import Linkage

/// Whether two records come from the same agency: a field whose weight, and even its sign, is
/// learnt from the data, since agencies differ in how often they hold one person twice.
@Suite("Agency of record")
struct AgencyOfRecordTests {
    @Test("records of the same agency, of another one, or of none compare as such")
    func levels() {
        let records = [PersonRecord(recordID: "a", source: "POLRI", fullName: "AGUS SANTOSO"),
                       PersonRecord(recordID: "b", source: " polri ", fullName: "AGUS SANTOSO"),
                       PersonRecord(recordID: "c", source: "LSM", fullName: "AGUS SANTOSO"),
                       PersonRecord(recordID: "d", source: "", fullName: "AGUS SANTOSO")]
        let (persons, context) = LinkageEngine.prepare(records, referenceYear: 2026)
        let engine = LinkageEngine(persons: persons, context: context, model: .initial)
        #expect(engine.compare(0, 1).vector[.source] == 1)
        #expect(engine.compare(0, 2).vector[.source] == 0)
        #expect(engine.compare(0, 3).vector[.source] == nil)
    }

    @Test("an agency that seldom holds a person twice makes a shared agency count against a match")
    func learntAgainst() {
        // The fixture's second records come from another agency than the first.
        let model = Linker().link(Fixture.population().records).model
        #expect(model.weight(.source, level: 1) < -0.5)
        #expect(model.weight(.source, level: 0) > 0)
    }

    @Test("agencies that hold their people twice make a shared agency count for a match")
    func learntFor() {
        // The same people, each person's records kept by one of five agencies.
        let agencies = ["POLRI", "KEMENSOS", "BP2MI", "LSM", "KEMLU"]
        let (records, person) = Fixture.population()
        let relabelled = records.map { r in
            var r = r
            r.source = agencies[person[r.recordID]! % agencies.count]
            return r
        }
        let model = Linker().link(relabelled).model
        #expect(model.weight(.source, level: 1) > 0.5)
        #expect(model.weight(.source, level: 0) < 0)
    }

    @Test("a model stored before the field existed reads with no weight for it; a malformed one is refused")
    func storedBeforeTheField() throws {
        let current = LinkageModel.starting(population: 1000)
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(current)) as! [String: Any]
        json["m"] = Array((json["m"] as! [[Double]]).dropLast())
        json["u"] = Array((json["u"] as! [[Double]]).dropLast())
        let old = try JSONSerialization.data(withJSONObject: json)
        let read = try JSONDecoder().decode(LinkageModel.self, from: old)
        #expect(read.m.count == LinkageField.allCases.count)
        #expect(read.weight(.source, level: 0) == 0 && read.weight(.source, level: 1) == 0)
        #expect(read.weight(.nik, level: 4) == current.weight(.nik, level: 4))

        json["u"] = Array((json["u"] as! [[Double]]).dropLast())
        let uneven = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LinkageModel.self, from: uneven) }
    }
}
