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
        } catch where Self.outdated.contains(PostgresErrors.state(of: error) ?? "") {
            // A table it reads changed shape, or the statement is gone from the server: it is
            // prepared afresh on its next use, and this time it runs unprepared.
            kept.forget(key, on: connection)
            return try await query(sql, binds)
        } catch {
            throw PostgresErrors.map(error, target: target)
        }
    }

    /// "cached plan must not change result type"; "prepared statement does not exist".
    static let outdated: Set<String> = ["0A000", "26000"]

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
