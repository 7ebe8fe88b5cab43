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

    /// Runs a statement and answers its command tag: `COMMIT`, or `ROLLBACK` when PostgreSQL ended
    /// a failed transaction instead.
    func command(_ sql: String) async throws -> String {
        try await run(sql, []).metadata.command
    }

    @discardableResult
    private func run(_ sql: String, _ binds: [SQLValue]) async throws -> PostgresQueryResult {
        let (text, count) = PostgresPlaceholders.numbered(sql)
        guard count == binds.count else {
            throw StoreError.corrupt("the statement has \(count) placeholders but \(binds.count) values: \(sql.prefix(120))")
        }
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
