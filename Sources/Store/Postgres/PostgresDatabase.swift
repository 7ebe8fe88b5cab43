import Foundation
import PostgresNIO

/// The server store: PostgreSQL through postgres-nio's connection pool.
///
/// Statements are the store's portable SQL: `?` placeholders, numbered here (see
/// ``PostgresPlaceholders`` for where a `?` may not stand). Values bind with their own types:
/// `.int` as `bigint`, `.double` as `double precision`, `.text` as `text`, `.blob` as `bytea`, so
/// a value must be bound as the kind its column is. Unlike SQLite, a failed statement inside a
/// transaction aborts the whole transaction: a transaction body must not catch one and go on.
public final class PostgresDatabase: SQLDatabase {
    public let dialect = SQLDialect.postgres
    let client: PostgresClient
    let logger: Logger
    /// The URL without its password, for messages.
    let target: String
    private let pool: Task<Void, Never>

    /// Connects to the database at `url` (see ``PostgresURL`` for its form) and checks that it
    /// answers, so a wrong URL or password fails here, with the server's reason.
    public static func connect(url: String, logger: Logger) async throws -> PostgresDatabase {
        try await connect(PostgresURL(url), logger: logger)
    }

    package static func connect(_ url: PostgresURL, logger: Logger) async throws -> PostgresDatabase {
        try await check(url, logger: logger)
        logger.info("PostgreSQL store connected", metadata: ["database": "\(url.redacted)"])
        return PostgresDatabase(url, logger: logger)
    }

    init(_ url: PostgresURL, logger: Logger) {
        let client = PostgresClient(configuration: url.clientConfiguration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.target = url.redacted
        self.pool = Task { await client.run() }
    }

    @discardableResult
    public func execute(_ sql: String, _ binds: [SQLValue]) async throws -> Int {
        try await withSession { try await $0.execute(sql, binds) }
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await withSession { try await $0.query(sql, binds) }
    }

    /// All rows or none, in one transaction. A plain `INSERT … VALUES (?, …)` goes as multi-row
    /// inserts of up to 1,000 rows; any other statement runs row by row on one connection.
    public func executeBatch(_ sql: String, _ rows: [[SQLValue]]) async throws {
        guard !rows.isEmpty else { return }
        try await transaction { try await $0.executeBatch(sql, rows) }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try await withSession { session in
            _ = try await session.command("BEGIN")
            let result: T
            do {
                result = try await body(session)
            } catch {
                await rollback(session)
                throw error
            }
            guard try await session.command("COMMIT") == "COMMIT" else {
                throw StoreError.conflict("the transaction was rolled back: a statement inside it failed")
            }
            return result
        }
    }

    public func ping() async throws {
        _ = try await query("SELECT 1", [])
    }

    /// Stops the pool; statements still running fail.
    public func close() async throws {
        pool.cancel()
        await pool.value
    }

    /// Leases a connection for `body`. Errors of `body` pass unchanged; failing to lease is
    /// the store being unavailable.
    private func withSession<T: Sendable>(_ body: (PostgresSession) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                do {
                    return try await body(PostgresSession(connection: connection, logger: logger, target: target))
                } catch {
                    throw BodyError(error: error)
                }
            }
        } catch let passing as BodyError {
            throw passing.error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if pool.isCancelled { throw StoreError.unavailable("the PostgreSQL store at \(target) is closed") }
            let mapped = PostgresErrors.map(error, target: target)
            throw mapped is StoreError ? mapped : StoreError.unavailable("no connection to PostgreSQL at \(target): \(error)")
        }
    }

    private func rollback(_ session: PostgresSession) async {
        do {
            _ = try await session.command("ROLLBACK")
        } catch {
            // A connection left inside a transaction must not go back to the pool.
            logger.error("PostgreSQL ROLLBACK failed; closing the connection", metadata: ["error": "\(error)"])
            try? await session.connection.close()
        }
    }

    /// One connection outside the pool: the pool would retry a bad URL quietly for ever.
    private static func check(_ url: PostgresURL, logger: Logger) async throws {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try url.connectionConfiguration(), id: 0, logger: logger)
        } catch {
            throw StoreError.unavailable("cannot connect to \(url.redacted): \(reason(error))")
        }
        do {
            let session = PostgresSession(connection: connection, logger: logger, target: url.redacted)
            _ = try await session.query("SELECT 1", [])
            try? await connection.close()
        } catch {
            try? await connection.close()
            if let error = error as? StoreError { throw error }
            throw StoreError.unavailable("\(url.redacted) does not answer: \(reason(error))")
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return error.underlying.map { "\($0)" } ?? "\(error.code)"
        }
        return "\(error)"
    }
}

/// Carries an error of a session's body past the pool's lease, so it is not taken for the pool's.
private struct BodyError: Error {
    let error: any Error
}
