/// What stopped a workbook or table from being written, with what the caller must fix.
public enum SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSheets
    /// The name breaks one of Excel's rules for sheet names; `reason` says which.
    case invalidSheetName(name: String, reason: String)
    /// Two sheets whose names differ only in case: Excel treats them as the same sheet.
    case duplicateSheetName(name: String)
    /// Excel holds at most 32,767 characters in a cell. `cell` is the reference, e.g. "C5".
    case textTooLong(sheet: String, row: Int, column: String, cell: String)
    case numberNotFinite(sheet: String, row: Int, column: String, cell: String)
    /// `line` counts the header as line 1; `field` counts from 1.
    case csvNumberNotFinite(line: Int, field: Int)
    /// More rows or columns than a worksheet holds (1,048,576 × 16,384).
    case sheetTooLarge(sheet: String, rows: Int, columns: Int)

    public var description: String {
        switch self {
        case .noSheets:
            "A workbook needs at least one sheet."
        case let .invalidSheetName(name, reason):
            "Sheet name \"\(name)\" is not allowed: \(reason)."
        case let .duplicateSheetName(name):
            "Sheet name \"\(name)\" is used twice (Excel ignores case in sheet names)."
        case let .textTooLong(sheet, row, column, cell):
            "Text in sheet \"\(sheet)\", row \(row), column \(column) (\(cell)) is longer than 32,767 characters."
        case let .numberNotFinite(sheet, row, column, cell):
            "Number in sheet \"\(sheet)\", row \(row), column \(column) (\(cell)) is infinite or not a number."
        case let .csvNumberNotFinite(line, field):
            "Number in CSV line \(line), field \(field) is infinite or not a number."
        case let .sheetTooLarge(sheet, rows, columns):
            "Sheet \"\(sheet)\" has \(rows) rows and \(columns) columns; a sheet holds at most 1,048,576 × 16,384."
        }
    }
}
