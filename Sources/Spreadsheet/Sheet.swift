/// One worksheet: an optional title row and note row above a bold, frozen header row and the
/// data rows, in that order. Row 1 is the title if there is one, then the note, then the header.
public struct Sheet: Sendable, Equatable {
    /// Shown on the sheet's tab; see `SheetName` for what Excel accepts.
    public var name: String
    /// A heading above the table, e.g. "Korban TPPO per provinsi, 2020–2024".
    public var title: String?
    /// Where the numbers come from and how they were counted, shown under the title.
    public var note: String?
    public var header: [String]
    public var rows: [[Cell]]

    public init(name: String, title: String? = nil, note: String? = nil, header: [String], rows: [[Cell]]) {
        self.name = name
        self.title = title
        self.note = note
        self.header = header
        self.rows = rows
    }

    /// The 1-based spreadsheet row of the header: rows above it hold the title and the note.
    public var headerRowNumber: Int {
        1 + (title == nil ? 0 : 1) + (note == nil ? 0 : 1)
    }
}
