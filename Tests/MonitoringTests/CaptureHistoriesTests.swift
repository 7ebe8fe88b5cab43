import Cases
import Testing
@testable import Monitoring

@Suite struct CaptureHistoriesTests {
    @Test func keepsCountsByPatternAndSumsMargins() throws {
        let h = try CaptureHistories(listNames: ["Polri", "P2TP2A", "BP2MI"], countsByPattern: [1: 10, 2: 20, 3: 5, 7: 1])

        #expect(h.observed == 36 && h.patternCount == 7 && h.count(4) == 0)
        #expect(h.personsOn(list: 0) == 16 && h.personsOnBoth(0, 1) == 6 && h.personsOnBoth(1, 2) == 1)
        #expect(h.describe(pattern: 5) == "Polri+BP2MI")
    }

    @Test(arguments: [
        (1, [1: 5], CaptureHistoriesError.listCount(1)),
        (9, [1: 5], .listCount(9)),
        (3, [0: 5, 1: 2, 2: 2, 4: 2], .patternOutOfRange(0, lists: 3)),
        (3, [1: 2, 2: 2, 4: 2, 8: 1], .patternOutOfRange(8, lists: 3)),
        (2, [1: 2, 2: 2, 3: -1], .negativeCount(pattern: 3, count: -1)),
        (3, [1: 2, 2: 2, 3: 1], .emptyList("C")),
    ])
    func refusesBadTables(lists: Int, counts: [Int: Int], expected: CaptureHistoriesError) {
        #expect(throws: expected) { try CaptureHistories(lists: lists, countsByPattern: counts) }
    }

    @Test func refusesUnnamedOrRepeatedLists() {
        #expect(throws: CaptureHistoriesError.repeatedListName("Polri")) {
            try CaptureHistories(listNames: ["Polri", " Polri"], countsByPattern: [1: 1, 2: 1, 3: 1])
        }
        #expect(throws: CaptureHistoriesError.unnamedList(index: 1)) {
            try CaptureHistories(listNames: ["Polri", " "], countsByPattern: [1: 1, 2: 1, 3: 1])
        }
    }

    @Test func errorsSayWhatIsWrongInBothLanguages() {
        let error = CaptureHistoriesError.patternOutOfRange(8, lists: 3)

        #expect(error.message(.indonesian).contains("Pola 8") && error.message(.indonesian).contains("1–7"))
        #expect(error.message(.english).contains("Pattern 8") && error.message(.english).contains("1–7"))
    }
}
