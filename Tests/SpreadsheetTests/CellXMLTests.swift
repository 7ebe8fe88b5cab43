import Testing
@testable import Spreadsheet

/// What the cells of a sheet look like inside xl/worksheets/sheetN.xml.
@Suite struct CellXMLTests {
    @Test func numbersAreNumericCellsAndTextIsShared() throws {
        let package = try UnzippedPackage(SampleTables.workbook().xlsx())

        // Title row 1, note row 2, header row 3, data from row 4.
        #expect(package.text("A4") == "Jawa Barat")
        #expect(package.cell("B4") == "<c r=\"B4\"><v>2024</v></c>")
        #expect(package.cell("C4") == "<c r=\"C4\"><v>132</v></c>")
        #expect(package.cell("D4") == "<c r=\"D4\" s=\"\(CellStyle.percent.rawValue)\"><v>0.61</v></c>")
        #expect(package.cell("E4") == "<c r=\"E4\"><v>0.27</v></c>")
        #expect(package.text("C5") == "&lt;11")
        #expect(package.text("D5") == "–")
        #expect(package.cell("E5") == nil, "an empty cell is left out")
    }

    @Test func percentagesUseAOneDecimalPercentFormat() throws {
        let styles = try #require(UnzippedPackage(SampleTables.workbook().xlsx())["xl/styles.xml"])

        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"))
        let formats = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
        #expect(formats.count == 5)
        #expect(Array(formats)[CellStyle.percent.rawValue].hasPrefix("numFmtId=\"164\""))
    }

    @Test func decimalsAreWrittenWithADotAndNoGrouping() throws {
        let sheet = SampleTables.plain([[.decimal(1234567.5), .decimal(-0.0), .decimal(1e-5)], [.decimal(3.0), .integer(-42), .decimal(1e20)]])

        let package = try UnzippedPackage(SampleTables.workbook(sheet).xlsx())

        #expect(package.cell("A2") == "<c r=\"A2\"><v>1234567.5</v></c>")
        #expect(package.cell("B2") == "<c r=\"B2\"><v>0</v></c>")
        #expect(package.cell("C2") == "<c r=\"C2\"><v>1e-05</v></c>")
        #expect(package.cell("A3") == "<c r=\"A3\"><v>3</v></c>")
        #expect(package.cell("B3") == "<c r=\"B3\"><v>-42</v></c>")
        #expect(package.cell("C3") == "<c r=\"C3\"><v>1e+20</v></c>")
    }

    @Test func titleNoteAndHeaderRowsAreStyledAndTheHeaderIsFrozen() throws {
        let package = try UnzippedPackage(SampleTables.workbook().xlsx())

        #expect(package.cell("A1") == "<c r=\"A1\" s=\"\(CellStyle.title.rawValue)\" t=\"s\"><v>0</v></c>")
        #expect(package.cell("A2")?.contains("s=\"\(CellStyle.note.rawValue)\"") == true)
        #expect(package.cell("E3")?.contains("s=\"\(CellStyle.header.rawValue)\"") == true)
        #expect(package.text("E3") == "Per 100.000")
        let sheet = try #require(package["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<dimension ref=\"A1:E5\"/>"))
    }

    @Test func withoutTitleOrNoteTheHeaderIsRowOne() throws {
        let package = try UnzippedPackage(SampleTables.workbook(SampleTables.plain([[1, 2, 3]])).xlsx())

        #expect(package.text("A1") == "A")
        #expect(package.cell("C2") == "<c r=\"C2\"><v>3</v></c>")
        #expect(try #require(package["xl/worksheets/sheet1.xml"]).contains("<pane ySplit=\"1\" topLeftCell=\"A2\""))
    }

    @Test func columnsAreAsWideAsTheirContentWithinLimits() throws {
        let sheet = SampleTables.plain([["Nusa Tenggara Timur", 7, .text(String(repeating: "x", count: 200))]])

        let xml = try #require(UnzippedPackage(SampleTables.workbook(sheet).xlsx())["xl/worksheets/sheet1.xml"])

        // 19 characters + 2 of margin; a one-letter bold header is still the narrowest 8 + 2; 60 + 2 at most.
        #expect(xml.contains("<cols><col min=\"1\" max=\"1\" width=\"21\" customWidth=\"1\"/>"
            + "<col min=\"2\" max=\"2\" width=\"10\" customWidth=\"1\"/>"
            + "<col min=\"3\" max=\"3\" width=\"62\" customWidth=\"1\"/></cols>"))
    }

    @Test func textIsEscapedCleanedAndKeptAsGiven() throws {
        let sheet = SampleTables.plain([
            ["Tom & \"Jerry\" <b>'s</b>", "bell\u{07}here\u{0}", "two\r\nlines\rmore"],
            ["_x0041_ stays", "  padded ", "e\u{301}"],
            ["é"],
        ])

        let package = try UnzippedPackage(SampleTables.workbook(sheet).xlsx())

        #expect(package.text("A2") == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;")
        #expect(package.text("B2") == "bellhere")
        #expect(package.text("C2") == "two\nlines\nmore")
        // Excel would read "_x0041_" as "A"; its underscore is escaped as "_x005F_".
        #expect(package.text("A3") == "_x005F_x0041_ stays")
        #expect(try #require(package["xl/sharedStrings.xml"]).contains("<t xml:space=\"preserve\">  padded </t>"))
        #expect(package.text("C3") == "e\u{301}")
        #expect(package.text("A4") == "é", "a precomposed é is not merged with e + accent")
    }

    @Test func repeatedTextIsStoredOnce() throws {
        let sheet = SampleTables.plain([["<11", "<11"], ["<11", "Papua"]])

        let package = try UnzippedPackage(SampleTables.workbook(sheet).xlsx())

        #expect(package.sharedStrings == ["A", "B", "C", "&lt;11", "Papua"])
        #expect(try #require(package["xl/sharedStrings.xml"]).contains("count=\"7\" uniqueCount=\"5\""))
    }
}
