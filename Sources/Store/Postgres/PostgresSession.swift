import PostgresNIO

/// Runs statements on one leased connection: a single statement's, a batch's, or a transaction's.
struct PostgresSession: SQLExecutor {
    let connection: PostgresConnection
    let logger: Logger
    /// The redacted URL, for error messages.
    let target: String

    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) async throws -> Int {
        try await run(sql, binds).metadata.rows ?? 0
    }

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try PostgresValues.rows(try await run(sql, binds))
    }

    /// `SQLDatabase.queryPrepared` on this connection: prepared on its first use here, then run
    /// as prepared; unprepared when the connection keeps as many statements as it may.
    func queryPrepared(_ sql: String, _ binds: [SQLValue], kept: PostgresPreparedStatements) async throws -> [SQLRow] {
        let key = PostgresPreparedStatements.Key(sql: sql, types: binds.map(PostgresPreparedStatements.type(of:)))
        let statement: PreparedQuery
        if let known = kept.statement(key, on: connection) {
            statement = known
        } else if kept.hasRoom(on: connection) {
            let (text, count) = PostgresPlaceholders.numbered(sql, types: key.types)
            guard count == binds.count else { throw Self.miscounted(sql, count, binds.count) }
            do {
                statement = try await connection.prepare(query: text).get()
            } catch {
                throw PostgresErrors.map(error, target: target)
            }
            kept.keep(statement, key, on: connection)
        } else {
            return try await query(sql, binds)
        }
        do {
            return try PostgresValues.rows(try await statement.execute(binds.map { PostgresData(bound: $0) }).get(), binary: true)
        } catch where Self.isOutdated(error) {
            // A table it reads changed shape, or the statement is gone from the server: it is
            // prepared afresh on its next use, and this time it runs unprepared. One that is
            // still on the server is released there, or each retry would leave one behind.
            kept.forget(key, on: connection)
            if PostgresErrors.state(of: error) != Self.statementGone { try? await statement.deallocate().get() }
            return try await query(sql, binds)
        } catch {
            throw PostgresErrors.map(error, target: target)
        }
    }

    /// "prepared statement does not exist".
    static let statementGone = "26000"

    /// The statement is gone, or its plan no longer fits the tables ("cached plan must not change
    /// result type", one of the many errors of class 0A, "feature not supported", so the message
    /// is read too: any other of them is the statement's own fault, and retrying would not mend it).
    static func isOutdated(_ error: any Error) -> Bool {
        switch PostgresErrors.state(of: error) {
        case statementGone: return true
        case "0A000": return PostgresErrors.message(of: error)?.contains("cached plan must not change result type") ?? false
        default: return false
        }
    }

    static func miscounted(_ sql: String, _ count: Int, _ binds: Int) -> StoreError {
        StoreError.corrupt("the statement has \(count) placeholders but \(binds) values: \(sql.prefix(120))")
    }

    /// Runs a statement and answers its command tag: `COMMIT`, or `ROLLBACK` when PostgreSQL ended
    /// a failed transaction instead.
    func command(_ sql: String) async throws -> String {
        try await run(sql, []).metadata.command
    }

    @discardableResult
    private func run(_ sql: String, _ binds: [SQLValue]) async throws -> PostgresQueryResult {
        let (text, count) = PostgresPlaceholders.numbered(sql)
        guard count == binds.count else { throw Self.miscounted(sql, count, binds.count) }
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds { bindings.append(value) }
        return try await send(PostgresQuery(unsafeSQL: text, binds: bindings))
    }

    @discardableResult
    func send(_ query: PostgresQuery) async throws -> PostgresQueryResult {
        do {
            let result: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
            return try await result.get()
        } catch {
            throw PostgresErrors.map(error, target: target)
        }
    }
}
