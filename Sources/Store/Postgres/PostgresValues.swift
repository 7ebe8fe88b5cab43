import Foundation
import PostgresNIO

extension PostgresBindings {
    /// Binds one value with its own PostgreSQL type: `bigint`, `double precision`, `text`, `bytea`.
    /// NULL goes without a type, so the server takes the type from where it stands; where nothing
    /// tells it (`? IS NULL`), the SQL must say it: `CAST(? AS TEXT) IS NULL`.
    mutating func append(_ value: SQLValue) {
        switch value {
        case .null: appendNull()
        case .int(let i): append(i)
        case .double(let d): append(d)
        case .text(let s): append(s)
        case .blob(let b): append(ByteBuffer(bytes: b))
        }
    }
}

enum PostgresValues {
    /// The rows of a result, column names lower-cased as SQLite's are.
    ///
    /// `binary`: the cells are in binary format whatever their row description says. postgres-nio
    /// always asks for binary results, but its `PreparedQuery` keeps the description of the
    /// statement, where every column reads as text (see `PostgresPreparedStatements`).
    static func rows<Rows: Collection<PostgresRow>>(_ result: Rows, binary: Bool = false) throws -> [SQLRow] {
        guard let first = result.first else { return [] }
        let columns = first.map { $0.columnName.lowercased() }
        return try result.map { row in
            SQLRow(columns: columns, values: try row.map { cell in
                guard binary else { return try value(cell) }
                var cell = cell
                cell.format = .binary
                return try value(cell)
            })
        }
    }

    /// `Timestamp` writes milliseconds by cutting off the rest, and a `Date` holds .089 s as
    /// .08899…: round to the nearest millisecond, then step 2 µs past it so the cut lands there.
    static func nearestMillisecond(_ date: Date) -> Date {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        return Date(timeIntervalSince1970: milliseconds / 1000 + 0.000_002)
    }

    /// One cell as one of the store's five kinds of value, by the cell's PostgreSQL type.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8:
                return .int(try cell.decode(Int64.self))
            case .float4, .float8:
                return .double(try cell.decode(Double.self))
            case .numeric:
                // SUM(bigint) is numeric in PostgreSQL but an integer in SQLite: whole numbers stay whole.
                let text = "\(try cell.decode(Decimal.self))"
                if let whole = Int64(text) { return .int(whole) }
                return .double(Double(text) ?? .nan)
            case .bool:
                return .int(try cell.decode(Bool.self) ? 1 : 0)
            case .bytea:
                return .blob(bytes.readBytes(length: bytes.readableBytes) ?? [])
            case .oid:
                guard let oid = bytes.readInteger(as: UInt32.self) else { throw StoreError.corrupt("column \(cell.columnName) holds a malformed oid") }
                return .int(Int64(oid))
            case .uuid:
                return .text(try cell.decode(UUID.self).uuidString.lowercased())
            case .timestamp, .timestamptz, .date:
                return .text(Timestamp.string(Self.nearestMillisecond(try cell.decode(Date.self))))
            case .text, .varchar, .bpchar, .name, .json, .jsonb, .unknown:
                return .text(try cell.decode(String.self))
            default:
                throw StoreError.corrupt("""
                    column \(cell.columnName) has PostgreSQL type \(cell.dataType), which the store does not read; \
                    cast it to TEXT, BIGINT or DOUBLE PRECISION in the query
                    """)
            }
        } catch let error as PostgresDecodingError {
            throw StoreError.corrupt("column \(cell.columnName) of type \(cell.dataType) could not be read: \(error.code)")
        }
    }
}
