/// Writes the `<row>` and `<c>` elements of one sheet, checking each cell as it goes.
struct SheetDataWriter {
    /// Excel's limit for the text of one cell, counted in UTF-16 units as Excel counts.
    static let maximumTextLength = 32_767

    let sheetName: String
    private let columnLetters: [String]
    private(set) var strings: SharedStrings
    private(set) var widths: ColumnWidths
    private(set) var xml = ""

    init(sheetName: String, columnCount: Int, strings: SharedStrings) {
        self.sheetName = sheetName
        self.columnLetters = (0..<columnCount).map(ColumnName.letters)
        self.strings = strings
        self.widths = ColumnWidths(columnCount: columnCount)
    }

    /// `textStyle` is for the row's text cells; numbers keep the number styles.
    /// `measured` says whether the row's content widens its columns.
    mutating func appendRow(_ number: Int, cells: [Cell], textStyle: CellStyle, measured: Bool) throws(SpreadsheetError) {
        let rowDigits = String(number)
        xml += "<row r=\""
        xml += rowDigits
        xml += "\">"
        for (column, cell) in cells.enumerated() {
            let shownLength = try appendCell(cell, textStyle: textStyle, row: number, rowDigits: rowDigits, column: column)
            if measured { widths.widen(column, toFit: shownLength, bold: textStyle == .header) }
        }
        xml += "</row>"
    }

    /// Returns about how many characters the cell shows, for the column's width.
    private mutating func appendCell(
        _ cell: Cell, textStyle: CellStyle, row: Int, rowDigits: String, column: Int
    ) throws(SpreadsheetError) -> Int {
        let letters = columnLetters[column]
        switch cell {
        case .empty:
            return 0
        case let .text(raw):
            let text = XMLText.cleaned(raw)
            guard text.utf16.count <= Self.maximumTextLength else {
                throw .textTooLong(sheet: sheetName, row: row, column: letters, cell: letters + rowDigits)
            }
            appendElement(letters, rowDigits, style: textStyle, isText: true, value: String(strings.index(of: text)))
            return text.utf16.count
        case let .integer(value):
            let digits = NumberText.integer(value)
            appendElement(letters, rowDigits, style: .plain, isText: false, value: digits)
            return digits.utf8.count
        case let .decimal(value), let .percent(value):
            guard value.isFinite else {
                throw .numberNotFinite(sheet: sheetName, row: row, column: letters, cell: letters + rowDigits)
            }
            let isPercent = if case .percent = cell { true } else { false }
            let digits = NumberText.decimal(value)
            appendElement(letters, rowDigits, style: isPercent ? .percent : .plain, isText: false, value: digits)
            // A percentage shows as "12.5%"; a decimal in the General format shows up to about 11 characters.
            return isPercent ? NumberText.decimal((value * 100).rounded()).utf8.count + 3 : min(digits.utf8.count, 11)
        }
    }

    /// `<c r="B3" s="2" t="s"><v>…</v></c>`, appended piece by piece: an export can have hundreds
    /// of thousands of cells, and a string built for each element costs an allocation apiece.
    private mutating func appendElement(_ letters: String, _ rowDigits: String, style: CellStyle, isText: Bool, value: String) {
        xml += "<c r=\""
        xml += letters
        xml += rowDigits
        if style != .plain {
            xml += "\" s=\""
            xml += String(style.rawValue)
        }
        xml += isText ? "\" t=\"s\"><v>" : "\"><v>"
        xml += value
        xml += "</v></c>"
    }
}
