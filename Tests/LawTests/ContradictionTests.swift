import Foundation
import Testing
@testable import Law

/// Facts that cannot all be true are rejected, naming the field and what would be consistent.
@Suite("Contradictory facts")
struct ContradictionTests {
    @Test("contradiction: no exploitative purpose, yet types listed")
    func statusNoneWithTypes() throws {
        let e = try rejection(#"{"exploitation":{"types":["prostitution"],"status":"none"}}"#)
        #expect(e.path == "exploitation.types")
        #expect(e.issues[0].kind == .contradiction)
        #expect(e.message(.english).contains("none"))
    }

    @Test("contradiction: exploitation happened, but its types are an empty list")
    func occurredWithEmptyTypes() throws {
        let e = try rejection(#"{"exploitation":{"types":[],"status":"occurred"}}"#)
        #expect(e.issues[0].kind == .contradiction)
        #expect(e.issues[0].allowed.contains("forced_labour"))
    }

    @Test("contradiction: pregnancy of a male victim")
    func pregnantMale() throws {
        let e = try rejection(#"{"victim":{"sex":"male"},"harms":["serious_injury","pregnancy"]}"#)
        #expect(e.path == "harms[1]")
    }

    @Test("contradiction: acts dated after the assessment")
    func dateAfterAsOf() throws {
        let e = try rejection(#"{"date":"2026-03-01","asOf":"2026-01-01"}"#)
        #expect(e.path == "date")
        #expect(e.issues[0].kind == .contradiction)
    }

    @Test("contradiction: a failed incitement in which the exploitation happened")
    func incitementWithExploitation() throws {
        let e = try rejection(#"{"stage":"incited_not_committed","exploitation":{"types":["forced_labour"],"status":"occurred"}}"#)
        #expect(e.path == "stage")
    }
}
