import Foundation
import Testing
import Spreadsheet

/// The same workbook gives the same bytes, so an export can be compared with a stored one.
@Suite struct DeterminismTests {
    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let workbook = SampleTables.workbook(SampleTables.victims, SampleTables.plain([["x", 1, .percent(0.5)]]))

        let first = try workbook.xlsx()
        let second = try workbook.xlsx()

        #expect(first == second)
    }

    @Test func anotherCreationTimeGivesOtherBytes() throws {
        var later = SampleTables.workbook()
        later.created = Workbook.fixedCreationTime.addingTimeInterval(86_400)

        #expect(try later.xlsx() != SampleTables.workbook().xlsx())
    }
}
