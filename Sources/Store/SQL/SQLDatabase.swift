import Foundation

/// Which SQL flavour a database speaks. Repositories write portable SQL with `?` placeholders;
/// the few places where the two differ (DDL types) ask the dialect.
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres

    /// Column type for binary data.
    public var blob: String { self == .sqlite ? "BLOB" : "BYTEA" }
    /// Column type for integers (64-bit in both).
    public var integer: String { self == .sqlite ? "INTEGER" : "BIGINT" }
}

/// Runs SQL. Values reach the database only as bind parameters: `sql` holds `?` placeholders
/// (never a `?` inside a literal), `binds` the values in order.
public protocol SQLExecutor: Sendable {
    /// Runs a statement that returns no rows; answers the number of rows changed.
    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) async throws -> Int
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]
    /// Runs one statement once per row of binds, as fast as the backend allows (bulk loads).
    func executeBatch(_ sql: String, _ rows: [[SQLValue]]) async throws
}

extension SQLExecutor {
    @discardableResult
    public func execute(_ sql: String, _ binds: SQLValue...) async throws -> Int {
        try await execute(sql, binds)
    }
    public func query(_ sql: String, _ binds: SQLValue...) async throws -> [SQLRow] {
        try await query(sql, binds)
    }
    public func queryFirst(_ sql: String, _ binds: [SQLValue]) async throws -> SQLRow? {
        try await query(sql, binds).first
    }
}

/// A database: a pool of connections behind one handle. SQLite (GRDB) and PostgreSQL
/// (postgres-nio) implement it; everything above speaks only this protocol.
public protocol SQLDatabase: SQLExecutor {
    var dialect: SQLDialect { get }
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Writes that must not interleave (the audit chain, counters) belong in here.
    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T
    /// `query`, for a statement asked on nearly every request, whose text takes few forms:
    /// PostgreSQL parses it once per connection and can keep its plan. SQLite keeps every
    /// statement prepared anyway.
    func queryPrepared(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]
    /// A cheap round trip that proves the database answers (for `/health`).
    func ping() async throws
    func close() async throws
}

extension SQLDatabase {
    public func queryPrepared(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await query(sql, binds)
    }
}

/// Failures of the store, each with what a person must know to fix it.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case conflict(String)
    case corrupt(String)
    case unavailable(String)
    case badConfiguration(String)
    /// A value the database cannot hold as text (PostgreSQL refuses a NUL character, which
    /// SQLite stores): the request's input, not a fault of the server.
    case unstorableText(String)

    public var description: String {
        switch self {
        case .notFound(let s): return "not found: \(s)"
        case .conflict(let s): return "conflict: \(s)"
        case .corrupt(let s): return "store is inconsistent: \(s)"
        case .unavailable(let s): return "store unavailable: \(s)"
        case .badConfiguration(let s): return "store configuration: \(s)"
        case .unstorableText(let s): return "a value cannot be stored as text: \(s)"
        }
    }
}
