/// Column widths from the longest content of each column, in Excel's unit (the width of a "0").
struct ColumnWidths {
    /// Below this a column is no narrower than Excel's default; above it a long text is cut off
    /// at the column's edge rather than pushing the rest of the table off the screen.
    static let narrowest = 8, widest = 60
    private var characters: [Int]

    init(columnCount: Int) {
        characters = Array(repeating: 0, count: columnCount)
    }

    mutating func widen(_ column: Int, toFit shownLength: Int, bold: Bool) {
        // Bold letters are about a tenth wider.
        let needed = bold ? shownLength + (shownLength + 9) / 10 : shownLength
        characters[column] = max(characters[column], needed)
    }

    /// `<cols>`, or nothing when no column holds anything (Excel refuses an empty `<cols/>`).
    func columnsXML() -> String {
        let columns = characters.enumerated().compactMap { index, length -> String? in
            guard length > 0 else { return nil }
            // Two characters of padding, so the longest text does not touch the next column.
            let width = min(max(length, Self.narrowest), Self.widest) + 2
            return "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        return columns.isEmpty ? "" : "<cols>\(columns.joined())</cols>"
    }
}
