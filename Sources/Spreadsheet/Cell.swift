/// One cell of a sheet or a CSV table.
///
/// Numbers stay numbers all the way into the file, so an analyst can sum a column in Excel; a
/// suppressed count (privacy) is `.text("<11")` or `.text("–")`, never a number.
public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A finite decimal; infinity and NaN are refused when the file is written.
    case decimal(Double)
    /// A fraction shown as a percentage: `.percent(0.125)` is stored as 0.125 and shown as 12.5%.
    /// CSV writes the stored fraction, the same number a reader of the XLSX gets.
    case percent(Double)
    case empty
}

extension Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .decimal(value) }
}
