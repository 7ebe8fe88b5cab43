import GRDB
import GRDBSQLite

extension SQLiteDatabase {
    /// Runs one prepared statement once per row, binding each value straight to SQLite. A bulk
    /// load's writes are its one serial stage; going through GRDB's `StatementArguments` boxed
    /// every value as an existential and cost a tenth of the writer's time in an HTCDS import.
    /// Only for statements that return no rows the caller wants (INSERT, UPDATE, DELETE); `fetch`
    /// reads the rows of the others.
    static func executeEach(_ statement: Statement, _ rows: [[SQLValue]]) throws {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for row in rows {
            sqlite3_reset(handle)
            for (offset, value) in row.enumerated() {
                let code = bind(value, at: Int32(offset + 1), to: handle)
                guard code == SQLITE_OK else { throw error(code, handle, statement) }
            }
            var code = sqlite3_step(handle)
            while code == SQLITE_ROW { code = sqlite3_step(handle) }
            guard code == SQLITE_DONE else { throw error(code, handle, statement) }
        }
    }

    /// Runs a query and reads its rows straight from SQLite, binding as `executeEach` does. GRDB's
    /// `Row` copied each row's values and column names before they became an `SQLRow`: half the
    /// reading thread's time in an HTCDS export of a million cases.
    static func fetch(_ db: Database, _ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        // Cached statements skip parsing and GRDB's authorizer pass, a measurable part of each read.
        let statement = try db.cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let parameters = Int(sqlite3_bind_parameter_count(handle))
        guard parameters == binds.count else {
            // SQLite would read a missing value as NULL: a query given the wrong values is a bug to report.
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "\(binds.count) values for \(parameters) parameters", sql: sql)
        }
        for (offset, value) in binds.enumerated() {
            let code = bind(value, at: Int32(offset + 1), to: handle)
            guard code == SQLITE_OK else { throw error(code, handle, statement) }
        }
        let width = sqlite3_column_count(handle)
        var columns: [String]?
        var rows: [SQLRow] = []
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW {
            let names = columns ?? (0..<width).map { String(cString: sqlite3_column_name(handle, $0)).lowercased() }
            columns = names
            var values: [SQLValue] = []
            values.reserveCapacity(Int(width))
            for column in 0..<width { values.append(value(at: column, of: handle)) }
            rows.append(SQLRow(columns: names, values: values))
            code = sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else { throw error(code, handle, statement) }
        return rows
    }

    /// A column of the current row. SQLite asks for the text or blob before its length.
    private static func value(at column: Int32, of handle: OpaquePointer) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL:
            return .null
        case SQLITE_INTEGER:
            return .int(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .double(sqlite3_column_double(handle, column))
        case SQLITE_BLOB:
            let bytes = sqlite3_column_blob(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes, count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            let text = sqlite3_column_text(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let text, count > 0 else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }

    private static func bind(_ value: SQLValue, at index: Int32, to handle: OpaquePointer) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .int(let i):
            return sqlite3_bind_int64(handle, index, i)
        case .double(let d):
            return sqlite3_bind_double(handle, index, d)
        case .text(var s):
            // Native strings are contiguous UTF-8; SQLite copies the bytes (SQLITE_TRANSIENT).
            return s.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    // An empty string is still text, not NULL: SQLite needs a pointer to bind zero bytes.
                    chars.baseAddress == nil ? sqlite3_bind_text(handle, index, "", 0, transient)
                        : sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), transient)
                }
            }
        case .blob(let b):
            return b.withUnsafeBytes { bytes in
                // An empty blob is still a blob, not NULL: SQLite needs a pointer to bind zero bytes.
                bytes.baseAddress == nil ? sqlite3_bind_zeroblob(handle, index, 0)
                    : sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), transient)
            }
        }
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    private static func error(_ code: Int32, _ handle: OpaquePointer, _ statement: Statement) -> DatabaseError {
        // The connection's extended code (a unique constraint's, say) where SQLite has one.
        let extended = sqlite3_extended_errcode(sqlite3_db_handle(handle))
        return DatabaseError(resultCode: ResultCode(rawValue: extended & 0xFF == code & 0xFF ? extended : code),
                             message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
    }
}
