import Testing
@testable import Law

@Suite("Worked examples")
struct WorkedExamplesTests {
    @Test("a worked example gives the answers the law gives", arguments: allWorkedExamples)
    func example(_ example: WorkedExample) throws {
        // Set-up: the facts as a client would send them.
        let json = example.facts.json
        // Under test: decoding and screening.
        let result = try screen(json)
        // What must hold.
        check(result, example.expect, example.name)
    }

    @Test("there are at least 40 worked examples")
    func count() {
        #expect(allWorkedExamples.count >= 40)
    }
}
