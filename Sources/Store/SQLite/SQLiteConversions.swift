import Foundation
import GRDB

extension SQLiteDatabase {
    static func arguments(_ binds: [SQLValue]) -> StatementArguments {
        StatementArguments(binds.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .null: return nil
            case .int(let i): return i
            case .double(let d): return d
            case .text(let s): return s
            case .blob(let b): return Data(b)
            }
        })
    }

    static func fetch(_ db: Database, _ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        // Cached statements skip parsing and GRDB's authorizer pass, a measurable part of each read.
        let rows = try Row.fetchAll(try db.cachedStatement(sql: sql), arguments: arguments(binds))
        guard let first = rows.first else { return [] }
        let columns = Array(first.columnNames).map { $0.lowercased() }
        return rows.map { row in
            SQLRow(columns: columns, values: Array(row.databaseValues).map(value))
        }
    }

    static func value(_ dbValue: DatabaseValue) -> SQLValue {
        switch dbValue.storage {
        case .null: return .null
        case .int64(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .text(s)
        case .blob(let d): return .blob([UInt8](d))
        }
    }

    func mapErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.conflict(error.message ?? "constraint violated")
            }
            throw StoreError.unavailable("SQLite: \(error.message ?? String(describing: error.resultCode))")
        }
    }
}
