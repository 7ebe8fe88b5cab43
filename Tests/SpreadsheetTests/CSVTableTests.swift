import Foundation
import Testing
import Spreadsheet

@Suite struct CSVTableTests {
    @Test func linesEndWithCRLFAndFieldsAreQuotedOnlyWhenNeeded() throws {
        let table = CSVTable(header: ["Provinsi", "Catatan"], rows: [
            ["Jawa Barat", "plain"],
            ["Nusa Tenggara, Timur", "said \"no\""],
            ["two\nlines", "cr\rhere"],
        ])

        let text = try table.text()

        #expect(text == "Provinsi,Catatan\r\n"
            + "Jawa Barat,plain\r\n"
            + "\"Nusa Tenggara, Timur\",\"said \"\"no\"\"\"\r\n"
            + "\"two\nlines\",\"cr\rhere\"\r\n")
    }

    @Test(arguments: ["=1+1", "+62 812", "-SUM(A1)", "@cmd", "\tx", "\rx"])
    func textAFormulaCouldStartWithIsNeutralised(text: String) throws {
        let csv = try CSVTable(header: ["x"], rows: [[.text(text)]]).text()

        let field = csv.components(separatedBy: "\r\n")[1]
        #expect(field == "'\(text)" || field == "\"'\(text)\"")
    }

    @Test func numbersUseADotAndNoGroupingAndAreNeverPrefixed() throws {
        let table = CSVTable(header: ["n"], rows: [[.integer(-1500), .decimal(1234567.25), .percent(0.125), .decimal(-0.5), .empty]])

        #expect(try table.text() == "n,,,,\r\n-1500,1234567.25,0.125,-0.5,\r\n")
    }

    @Test func shortRowsArePaddedToTheWidestLine() throws {
        let table = CSVTable(header: ["a", "b", "c"], rows: [[1], [1, 2, 3, 4]])

        #expect(try table.text() == "a,b,c,\r\n1,,,\r\n1,2,3,4\r\n")
    }

    @Test func aSheetBecomesItsHeaderAndRowsWithoutTitleOrNote() throws {
        let text = try CSVTable(SampleTables.victims).text()

        #expect(text == "Provinsi,Tahun,Korban,Perempuan,Per 100.000\r\n"
            + "Jawa Barat,2024,132,0.61,0.27\r\n"
            + "Papua,2024,<11,–,\r\n")
    }

    @Test func theByteOrderMarkIsAddedOnlyWhenAsked() throws {
        let table = CSVTable(header: ["Korban"], rows: [["–"]])

        #expect(try Array(table.utf8(byteOrderMark: true).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try table.utf8() == Data("Korban\r\n–\r\n".utf8))
    }

    @Test func aNumberThatIsNotFiniteNamesItsLineAndField() {
        let table = CSVTable(header: ["a", "b"], rows: [[1, 2], [3, .decimal(.nan)]])

        #expect(throws: SpreadsheetError.csvNumberNotFinite(line: 3, field: 2)) { try table.text() }
    }
}
