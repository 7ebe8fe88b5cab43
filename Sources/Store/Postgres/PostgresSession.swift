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

    /// Inside a transaction already: the caller owns BEGIN and COMMIT.
    func executeBatch(_ sql: String, _ rows: [[SQLValue]]) async throws {
        let width = PostgresPlaceholders.numbered(sql).count
        if let bad = rows.firstIndex(where: { $0.count != width }) {
            throw StoreError.corrupt("batch row \(bad) has \(rows[bad].count) values; the statement takes \(width)")
        }
        guard let insert = PostgresBulkInsert(sql) else {
            for row in rows { try await run(sql, row) }
            return
        }
        // All full chunks share one statement text; only the last, shorter one needs its own.
        let chunk = insert.rowsPerStatement
        let fullStatement = insert.statement(rows: min(chunk, rows.count))
        for start in stride(from: 0, to: rows.count, by: chunk) {
            let slice = rows[start..<min(start + chunk, rows.count)]
            let statement = slice.count == chunk ? fullStatement : insert.statement(rows: slice.count)
            var bindings = PostgresBindings(capacity: slice.count * insert.width)
            for row in slice { for value in row { bindings.append(value) } }
            try await send(PostgresQuery(unsafeSQL: statement, binds: bindings))
        }
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
    private func send(_ query: PostgresQuery) async throws -> PostgresQueryResult {
        do {
            let result: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
            return try await result.get()
        } catch {
            throw PostgresErrors.map(error, target: target)
        }
    }
}
