/// Why a link file cannot be read at all. Each case names the line to look at.
public enum LinkCSVError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// The header lacks `source` or `target`.
    case missingColumns([String], line: Int)
    /// The same column name twice in the header.
    case repeatedColumn(String, line: Int)
    case notUTF8(line: Int)
    case unclosedQuote(line: Int)
    /// Nothing but a header (or nothing at all).
    case noRows

    public var description: String {
        switch self {
        case .unreadable(let p, let r): "\(p): cannot be read (\(r))"
        case .missingColumns(let c, let l): "line \(l): the header lacks \(c.joined(separator: " and ")) (needed: source,target; optional: kind,weight,date,case)"
        case .repeatedColumn(let c, let l): "line \(l): the column \(c) appears twice"
        case .notUTF8(let l): "line \(l): the text is not UTF-8; save the file as UTF-8"
        case .unclosedQuote(let l): "line \(l): a quoted field is never closed"
        case .noRows: "the file has no link rows"
        }
    }
}

/// A row of a link file that was not loaded, with its line and why; the other rows are.
public struct RejectedLink: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let reason: Reason

    public enum Reason: Error, Hashable, Sendable, CustomStringConvertible {
        case fieldCount(Int, expected: Int)
        case missingSource
        case missingTarget
        /// Source and target are the same node. Refused rather than dropped: a link of a node to
        /// itself joins nothing, and in a link file it is nearly always an id typed twice.
        case selfLink(String)
        /// Not a number greater than 0.
        case badWeight(String)
        /// Not a `YYYY-MM-DD` date that exists.
        case badDate(String)
        case unknownKind(String)

        public var description: String {
            switch self {
            case .fieldCount(let n, let e): "has \(n) fields, the header has \(e)"
            case .missingSource: "source is empty"
            case .missingTarget: "target is empty"
            case .selfLink(let id): "links \(id) to itself"
            case .badWeight(let w): "weight '\(w)' is not a number greater than 0"
            case .badDate(let d): "date '\(d)' is not a date written YYYY-MM-DD"
            case .unknownKind(let k): "kind '\(k)' is not one of \(LinkKind.names.joined(separator: ", "))"
            }
        }
    }

    public var description: String { "line \(line): \(reason)" }
}
