import Testing
@testable import Spreadsheet

@Suite struct ColumnNameTests {
    @Test func lettersFollowTheSpreadsheetScheme() {
        #expect(ColumnName.letters(0) == "A")
        #expect(ColumnName.letters(25) == "Z")
        #expect(ColumnName.letters(26) == "AA")
        #expect(ColumnName.letters(701) == "ZZ")
        #expect(ColumnName.letters(702) == "AAA")
    }
}
