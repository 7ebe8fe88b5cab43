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
