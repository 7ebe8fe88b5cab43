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
    /// What `queryPrepared` has prepared, by connection.
    let prepared = PostgresPreparedStatements()

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

    public func queryPrepared(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await withSession { try await $0.queryPrepared(sql, binds, kept: prepared) }
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

    /// Answers within 5 s even while the pool waits for a server that has gone away (it gives up
    /// on its own only after 15 s or more of failed attempts).
    public func ping() async throws {
        let target = self.target
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await self.query("SELECT 1", []) }
            group.addTask {
                try await Task.sleep(for: .seconds(5))
                throw StoreError.unavailable("PostgreSQL at \(target) did not answer within 5 s")
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Stops the pool; statements still running fail. Waits at most `patience` for the pool to
    /// wind down: postgres-nio's `run()` can go on waiting for a connection attempt that started
    /// just before the shutdown (vapor/postgres-nio#599), and a stopping server or a finished test
    /// must not wait with it for ever. The connections themselves are closed by then.
    public func close() async throws {
        pool.cancel()
        let pool = self.pool, target = self.target, logger = self.logger
        let ended = await FirstOf.race({ await pool.value; return true },
                                       { try? await Task.sleep(for: Self.patience); return false })
        if !ended {
            logger.warning("the PostgreSQL pool for \(target) did not wind down within \(Self.patience); going on without it")
        }
    }

    static let patience = Duration.seconds(10)

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
}

/// Carries an error of a session's body past the pool's lease, so it is not taken for the pool's.
private struct BodyError: Error {
    let error: any Error
}
