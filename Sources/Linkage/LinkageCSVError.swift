/// Why a linkage input file cannot be read at all. Each case names the line to look at.
public enum LinkageCSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The header lacks required columns.
    case missingColumns([String], line: Int)
    /// The bytes on this line are not valid UTF-8.
    case invalidEncoding(line: Int)
    /// A quoted field opened on this line is never closed.
    case unbalancedQuote(line: Int)
    /// The file has a header (or nothing) but no record rows.
    case noRows(line: Int)
    /// The file could not be opened.
    case unreadable(path: String, reason: String)

    public var line: Int? {
        switch self {
        case .missingColumns(_, let l), .invalidEncoding(let l), .unbalancedQuote(let l), .noRows(let l): l
        case .unreadable: nil
        }
    }

    public var description: String {
        switch self {
        case .missingColumns(let c, let l): "line \(l): missing column(s) \(c.joined(separator: ", "))"
        case .invalidEncoding(let l): "line \(l): text is not valid UTF-8; save the file as UTF-8"
        case .unbalancedQuote(let l): "line \(l): a quoted field is never closed"
        case .noRows(let l): "line \(l): the file has no record rows"
        case .unreadable(let p, let r): "\(p): cannot be read (\(r))"
        }
    }
}

/// A row that was not linked, with where it is and why.
public struct RejectedRow: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// A value that was kept out of the comparison (the record itself is linked).
public struct FieldWarning: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var recordID: String
    public var field: String
    public var reason: String
    public var description: String { "line \(line) (\(recordID)): \(field) \(reason)" }
}
