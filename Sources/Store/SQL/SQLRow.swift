import Foundation

/// One result row, addressed by column name. Column names are lower-cased by both drivers.
public struct SQLRow: Sendable {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ column: String) -> SQLValue {
        guard let i = columns.firstIndex(of: column) else { return .null }
        return values[i]
    }

    /// Reads a required text column; a missing one is a schema bug, reported as such.
    public func text(_ column: String) throws -> String {
        guard let s = self[column].string else { throw StoreError.corrupt("column \(column) is empty") }
        return s
    }
    public func optionalText(_ column: String) -> String? { self[column].string }
    public func int(_ column: String) throws -> Int {
        guard let i = self[column].int64 else { throw StoreError.corrupt("column \(column) is not a number") }
        return Int(i)
    }
    public func optionalInt(_ column: String) -> Int? { self[column].int64.map(Int.init) }
    public func bool(_ column: String) -> Bool { (self[column].int64 ?? 0) != 0 }
    public func blob(_ column: String) -> [UInt8]? { self[column].bytes }
}
