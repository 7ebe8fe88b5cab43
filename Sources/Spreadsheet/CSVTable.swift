import Foundation

/// A table written as CSV (RFC 4180): a header line and one line per row, fields separated by
/// commas, every line ended by CR LF, every line as wide as the widest.
///
/// ```swift
/// let csv = try CSVTable(header: ["Provinsi", "Korban"], rows: [["Papua", "<11"], ["Bali", 40]])
///     .utf8(byteOrderMark: true) // Excel reads UTF-8 only when the file starts with a BOM
/// ```
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]]) {
        self.header = header
        self.rows = rows
    }

    /// The sheet's header and rows; its title and note are left out, since a CSV reader takes
    /// the first line as the header.
    public init(_ sheet: Sheet) {
        self.init(header: sheet.header, rows: sheet.rows)
    }

    /// The CSV text. Throws `SpreadsheetError.csvNumberNotFinite` for infinity or NaN.
    public func text() throws(SpreadsheetError) -> String {
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        var out = ""
        for (index, cells) in ([header.map(Cell.text)] + rows).enumerated() {
            var fields: [String] = []
            fields.reserveCapacity(width)
            for (column, cell) in cells.enumerated() {
                guard let field = CSVField.text(of: cell) else {
                    throw .csvNumberNotFinite(line: index + 1, field: column + 1)
                }
                fields.append(field)
            }
            fields += Array(repeating: "", count: width - cells.count)
            out += fields.joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// The CSV as UTF-8 bytes, with a byte order mark in front when asked: without it Excel
    /// reads the file in the computer's legacy code page and garbles "–" and accented names.
    public func utf8(byteOrderMark: Bool = false) throws(SpreadsheetError) -> Data {
        try Data(((byteOrderMark ? "\u{FEFF}" : "") + text()).utf8)
    }
}

/// One field of a CSV line.
enum CSVField {
    /// A spreadsheet reads a field that starts with one of these as a formula, so a name typed
    /// into a case file could run in the analyst's Excel ("=HYPERLINK(…)").
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `nil` for a number that is not finite.
    static func text(of cell: Cell) -> String? {
        switch cell {
        case .empty: ""
        case let .integer(value): NumberText.integer(value)
        case let .decimal(value), let .percent(value): value.isFinite ? NumberText.decimal(value) : nil
        case let .text(text): quotedIfNeeded(neutralised(text))
        }
    }

    /// Text that a spreadsheet would take for a formula gets a leading apostrophe, which Excel
    /// shows as text. Numbers never pass through here: "-5" as a number stays -5.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return text }
        return "'" + text
    }

    static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
