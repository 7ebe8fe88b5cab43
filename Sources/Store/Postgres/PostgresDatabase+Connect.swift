import PostgresNIO

extension PostgresDatabase {
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
