import Testing
import Spreadsheet

/// Cells Excel cannot hold are refused with the sheet, row and column to fix.
@Suite struct CellLimitTests {
    @Test func textOverExcelsLimitNamesSheetRowAndColumn() {
        let long = String(repeating: "a", count: 32_768)
        let workbook = SampleTables.workbook(SampleTables.victims, SampleTables.plain([[1, 2], [3, .text(long)]], name: "Catatan"))

        #expect(throws: SpreadsheetError.textTooLong(sheet: "Catatan", row: 3, column: "B", cell: "B3")) {
            try workbook.xlsx()
        }
    }

    @Test func textAtExcelsLimitIsWritten() throws {
        let longest = String(repeating: "a", count: 32_767)

        let package = try UnzippedPackage(SampleTables.workbook(SampleTables.plain([[.text(longest)]])).xlsx())

        #expect(package.text("A2") == longest)
    }

    @Test func aTitleOverTheLimitIsNamedAtRowOne() {
        var sheet = SampleTables.victims
        sheet.title = String(repeating: "t", count: 40_000)

        #expect(throws: SpreadsheetError.textTooLong(sheet: "Korban 2024", row: 1, column: "A", cell: "A1")) {
            try SampleTables.workbook(sheet).xlsx()
        }
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func numbersThatAreNotFiniteAreRefused(value: Double) {
        let workbook = SampleTables.workbook(SampleTables.plain([[1, 2, .percent(value)]]))

        #expect(throws: SpreadsheetError.numberNotFinite(sheet: "Data", row: 2, column: "C", cell: "C2")) {
            try workbook.xlsx()
        }
    }
}
