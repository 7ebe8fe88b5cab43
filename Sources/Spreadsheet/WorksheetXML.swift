/// xl/worksheets/sheetN.xml for one sheet: the title and note rows, the bold header frozen in
/// place, the data rows, and column widths measured from what the columns hold.
enum WorksheetXML {
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    static func xml(for sheet: Sheet, selected: Bool, strings: inout SharedStrings) throws(SpreadsheetError) -> String {
        let columnCount = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0, 1)
        let headerRow = sheet.headerRowNumber
        let lastRow = headerRow + sheet.rows.count
        guard lastRow <= maximumRows, columnCount <= maximumColumns else {
            throw .sheetTooLarge(sheet: sheet.name, rows: lastRow, columns: columnCount)
        }
        var data = SheetDataWriter(sheetName: sheet.name, columnCount: columnCount, strings: strings)
        var rowNumber = 1
        // The title and the note run on past column A into the empty cells beside them, so they
        // are left out of column A's width.
        for (line, style) in [(sheet.title, CellStyle.title), (sheet.note, .note)] {
            guard let line else { continue }
            try data.appendRow(rowNumber, cells: [.text(line)], textStyle: style, measured: false)
            rowNumber += 1
        }
        try data.appendRow(headerRow, cells: sheet.header.map(Cell.text), textStyle: .header, measured: true)
        for (offset, cells) in sheet.rows.enumerated() {
            try data.appendRow(headerRow + 1 + offset, cells: cells, textStyle: .plain, measured: true)
        }
        strings = data.strings

        let lastCell = "\(ColumnName.letters(columnCount - 1))\(lastRow)"
        let firstDataCell = "A\(headerRow + 1)"
        return XMLPart.declaration
            + "<worksheet xmlns=\"\(XMLPart.spreadsheetNamespace)\" xmlns:r=\"\(XMLPart.relationshipNamespace)\">"
            + "<dimension ref=\"\(lastCell == "A1" ? "A1" : "A1:\(lastCell)")\"/>"
            + "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
            + "<pane ySplit=\"\(headerRow)\" topLeftCell=\"\(firstDataCell)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"\(firstDataCell)\" sqref=\"\(firstDataCell)\"/>"
            + "</sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/>"
            + data.widths.columnsXML()
            + "<sheetData>\(data.xml)</sheetData>"
            + "</worksheet>"
    }
}
