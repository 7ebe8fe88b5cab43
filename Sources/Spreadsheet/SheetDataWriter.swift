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
        xml += "<row r=\"\(number)\">"
        for (column, cell) in cells.enumerated() {
            let reference = columnLetters[column] + String(number)
            let shownLength = try appendCell(cell, reference: reference, textStyle: textStyle, row: number, column: column)
            if measured { widths.widen(column, toFit: shownLength, bold: textStyle == .header) }
        }
        xml += "</row>"
    }

    /// Returns about how many characters the cell shows, for the column's width.
    private mutating func appendCell(
        _ cell: Cell, reference: String, textStyle: CellStyle, row: Int, column: Int
    ) throws(SpreadsheetError) -> Int {
        switch cell {
        case .empty:
            return 0
        case let .text(raw):
            let text = XMLText.cleaned(raw)
            guard text.utf16.count <= Self.maximumTextLength else {
                throw .textTooLong(sheet: sheetName, row: row, column: columnLetters[column], cell: reference)
            }
            let index = strings.index(of: text)
            xml += "<c r=\"\(reference)\"\(styleAttribute(textStyle)) t=\"s\"><v>\(index)</v></c>"
            return text.utf16.count
        case let .integer(value):
            let digits = NumberText.integer(value)
            xml += "<c r=\"\(reference)\"><v>\(digits)</v></c>"
            return digits.utf8.count
        case let .decimal(value), let .percent(value):
            guard value.isFinite else {
                throw .numberNotFinite(sheet: sheetName, row: row, column: columnLetters[column], cell: reference)
            }
            let isPercent = if case .percent = cell { true } else { false }
            let digits = NumberText.decimal(value)
            xml += "<c r=\"\(reference)\"\(styleAttribute(isPercent ? .percent : .plain))><v>\(digits)</v></c>"
            // A percentage shows as "12.5%"; a decimal in the General format shows up to about 11 characters.
            return isPercent ? NumberText.decimal((value * 100).rounded()).utf8.count + 3 : min(digits.utf8.count, 11)
        }
    }

    private func styleAttribute(_ style: CellStyle) -> String {
        style == .plain ? "" : " s=\"\(style.rawValue)\""
    }
}
