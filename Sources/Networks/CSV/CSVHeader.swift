/// The problems any CSV file can have as a whole, which each file type's error names in its
/// own words (`LinkCSVError`, `EvidenceCSVError`); the enums' cases satisfy these requirements.
protocol CSVFileError: Error {
    static func unclosedQuote(line: Int) -> Self
    static func notUTF8(line: Int) -> Self
    static var noRows: Self { get }
    static func repeatedColumn(_ column: String, line: Int) -> Self
    static func missingColumns(_ columns: [String], line: Int) -> Self
}

extension CSVRows {
    /// The next row; a file broken there throws `E`'s error for it.
    mutating func next<E: CSVFileError>(as: E.Type) throws(E) -> (line: Int, fields: [String])? {
        do { return try next() } catch {
            switch error {
            case .unclosedQuote(let l): throw E.unclosedQuote(line: l)
            case .notUTF8(let l): throw E.notUTF8(line: l)
            }
        }
    }

    /// Reads the header row: where each of `columns` is (nil when absent, names compared
    /// trimmed and in lower case) and how many fields a row must have. Each of `required` must
    /// be there, and no known column twice.
    mutating func header<E: CSVFileError>(_ columns: [String], required: [String], as: E.Type) throws(E) -> (column: [Int?], fields: Int) {
        guard let header = try next(as: E.self) else { throw E.noRows }
        let names = header.fields.map { $0.trimmingSpaces().lowercased() }
        if let repeated = columns.first(where: { c in names.filter { $0 == c }.count > 1 }) { throw E.repeatedColumn(repeated, line: header.line) }
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else { throw E.missingColumns(missing, line: header.line) }
        return (columns.map { names.firstIndex(of: $0) }, names.count)
    }
}

extension LinkCSVError: CSVFileError {}
extension EvidenceCSVError: CSVFileError {}
