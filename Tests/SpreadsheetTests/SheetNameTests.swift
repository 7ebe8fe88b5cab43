import Testing
import Spreadsheet

/// A name Excel would refuse is an error that names it, never a crash or a broken file.
@Suite struct SheetNameTests {
    @Test(arguments: [
        ("", "it is empty"),
        (String(repeating: "n", count: 32), "it is longer than 31 characters"),
        ("Korban/2024", "it contains \"/\"; none of [ ] : * ? / \\ may be used"),
        ("[Draft]", "it contains \"[\"; none of [ ] : * ? / \\ may be used"),
        ("Rasio?", "it contains \"?\"; none of [ ] : * ? / \\ may be used"),
        ("C:\\Data", "it contains \":\"; none of [ ] : * ? / \\ may be used"),
        ("Tab\u{9}bed", "it contains a control character"),
        ("'Quoted", "it begins or ends with an apostrophe"),
        ("history", "Excel reserves \"History\""),
    ])
    func namesExcelRefusesAreErrors(name: String, reason: String) {
        let workbook = SampleTables.workbook(SampleTables.plain([], name: name))

        #expect(throws: SpreadsheetError.invalidSheetName(name: name, reason: reason)) { try workbook.xlsx() }
    }

    @Test func aNameOfThirtyOneCharactersWithSpacesAndDashesIsFine() throws {
        let name = "Korban – Jawa Barat (2020-2024)"
        #expect(name.count == 31)

        let package = try UnzippedPackage(SampleTables.workbook(SampleTables.plain([], name: name)).xlsx())

        #expect(try #require(package["xl/workbook.xml"]).contains("<sheet name=\"\(name)\""))
    }

    @Test func namesDifferingOnlyInCaseAreTheSameSheetToExcel() {
        let workbook = SampleTables.workbook(SampleTables.plain([], name: "Data"), SampleTables.plain([], name: "DATA"))

        #expect(throws: SpreadsheetError.duplicateSheetName(name: "DATA")) { try workbook.xlsx() }
    }

    @Test func aWorkbookNeedsASheet() {
        #expect(throws: SpreadsheetError.noSheets) { try Workbook(sheets: []).xlsx() }
    }

    @Test func theErrorMessageNamesTheName() {
        let error = SpreadsheetError.invalidSheetName(name: "A/B", reason: "it contains \"/\"")

        #expect(error.description == "Sheet name \"A/B\" is not allowed: it contains \"/\".")
    }
}
