import Cases
import Coordination
import Testing
@testable import Monitoring

/// A case's filed records read back into the index as the case itself files; bytes that are
/// cut short, of another format or random are refused whole, never half filed and never a crash.
@Suite struct FiledCasesTests {
    let day = CalendarDate(year: 2026, month: 3, day: 1)!

    var facts: MonitoringFacts {
        MonitoringFacts(cases: [CaseFact(id: "c1", provinceCode: "35", openedOn: day, incidentOn: day.addingDays(-40), types: [.forcedLabour],
                                         abroad: true, status: .investigation, agencyIDs: ["a", "b"], registeredBy: "a"),
                                CaseFact(id: "c2", provinceCode: "53", openedOn: day.addingDays(400), incidentOn: nil, types: [.sexualExploitation],
                                         abroad: false, status: .closed, agencyIDs: ["b"])],
                        victims: [PersonFact(id: "v1", caseID: "c1", sex: .female, age: 15, citizenship: "ID"),
                                  PersonFact(id: "v2", caseID: "c1", sex: .male, age: nil, citizenship: nil),
                                  PersonFact(id: "v3", caseID: "c2", sex: .female, age: 30, citizenship: "PH")],
                        suspects: [PersonFact(id: "s1", caseID: "c1", sex: .male, age: 40, citizenship: "MY")],
                        agencies: [Agency(id: "a", code: "A", name: "A", kind: .police, provinceCode: nil),
                                   Agency(id: "b", code: "B", name: "B", kind: .socialAffairs, provinceCode: nil)],
                        asOf: day.addingDays(500))
    }

    func tables(_ index: CountingIndex) throws -> [String] {
        let calculator = IndicatorCalculator(index: index)
        return try [2026, 2027].flatMap { year in
            try IndicatorRegistry.shipped.indicators.map { d in
                let t = try calculator.table(d.id, breakdown: d.breakdowns.first, filter: MonitoringFilter(period: .year(year)))
                return "\(d.id): " + (t.rows + (t.total.map { [$0] } ?? [])).map { "\($0.key)=\($0.cells)" }.joined(separator: ";")
            }
        }
    }

    @Test func filedCasesCountAsTheCasesThemselves() throws {
        var index = CountingIndex(asOf: facts.asOf)
        #expect(index.add(filed: FiledCases.encode(facts), agencies: facts.agencies).isEmpty)
        index.finish(shared: facts)
        #expect(index.recordCount == CountingIndex(facts: facts).recordCount)
        #expect(try tables(index) == tables(CountingIndex(facts: facts)))
    }

    @Test func bytesThatCannotBeReadAreRefusedWhole() throws {
        let filed = FiledCases.encode(facts)
        let bytes = filed[0].bytes
        // Cut short anywhere, of another format, or with a byte too many: refused.
        var refused: [[UInt8]] = (0..<bytes.count).map { Array(bytes.prefix($0)) }
        refused.append([UInt8(FiledCases.format + 1)] + bytes.dropFirst())
        refused.append(bytes + [0])
        // Refused after other cases were filed into the same years: what the refused case had
        // appended before its bytes failed is cut off again, and the others count as alone.
        // The other cases: c1 itself under another id (the same years), and c2.
        let others = [(caseID: "c0", bytes: bytes), filed[1]]
        var alone = CountingIndex(asOf: facts.asOf)
        #expect(alone.add(filed: others, agencies: facts.agencies).isEmpty)
        alone.finish(shared: facts)
        let aloneTables = try tables(alone)
        for b in refused {
            var index = CountingIndex(asOf: facts.asOf)
            #expect(index.add(filed: [("c1", b)], agencies: facts.agencies) == ["c1"])
            #expect(index.recordCount == 0, "nothing of a refused case is filed")
            var beside = CountingIndex(asOf: facts.asOf)
            #expect(beside.add(filed: others + [("c1", b)], agencies: facts.agencies) == ["c1"])
            beside.finish(shared: facts)
            #expect(beside.recordCount == alone.recordCount && beside.years.keys.sorted() == alone.years.keys.sorted())
            #expect(try tables(beside) == aloneTables, "cut after \(b.count) bytes")
        }
        // Random bytes, and random bytes after a right header (counts and numbers that point
        // nowhere): refused, or by chance read as a whole case; never half filed, never a crash.
        var random = SystemRandomNumberGenerator()
        for i in 0..<1_000 {
            let tail = (0..<Int.random(in: 1...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            var index = CountingIndex(asOf: facts.asOf)
            let unread = index.add(filed: [("c1", i % 2 == 0 ? tail : Array(bytes.prefix(12)) + tail)], agencies: facts.agencies)
            #expect(unread.isEmpty || index.recordCount == 0)
        }
    }
}
