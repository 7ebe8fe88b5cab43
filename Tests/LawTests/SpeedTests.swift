import Foundation
import Testing
@testable import Law

@Suite("Speed")
struct SpeedTests {
    @Test("screening all worked examples stays well inside the budget")
    func allExamples() throws {
        // Set-up: decode outside the timing; the budget is for screening.
        let facts = try allWorkedExamples.map { try CaseFacts.decode(Data($0.facts.json.utf8)) }
        let asOf = CivilDate(Clock.today)
        _ = facts.map { Screening.screen($0, asOf: asOf) }
        // Under test.
        let start = ContinuousClock.now
        for f in facts { _ = Screening.screen(f, asOf: asOf) }
        let elapsed = ContinuousClock.now - start
        // The release budget is 10 ms; a debug build under a parallel test run gets ten times that.
        #expect(elapsed < .milliseconds(100), "took \(elapsed)")
    }
}
