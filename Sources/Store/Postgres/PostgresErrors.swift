import PostgresNIO

enum PostgresErrors {
    /// The driver's error as the store's, carrying the server's own message. A violated constraint
    /// (SQLSTATE class 23: unique, foreign key, not null, check) is a conflict, as in SQLite.
    /// The message never holds the password: `target` is the redacted URL. Errors that are not the
    /// driver's (a transaction body's own, a cancellation) pass unchanged.
    static func map(_ error: any Error, target: String) -> any Error {
        switch error {
        case let error as PSQLError:
            if let server = error.serverInfo, let message = server[.message] {
                return serverError(message, state: server[.sqlState], target: target)
            }
            let cause = error.underlying.map { ": \($0)" } ?? ""
            return StoreError.unavailable("PostgreSQL at \(target): \(error.code)\(cause)")
        // The same, as postgres-nio's prepared statements (`PostgresPreparedStatements`) report it.
        case let error as PostgresError:
            if case .server(let server) = error, let message = server.fields[.message] {
                return serverError(message, state: server.fields[.sqlState], target: target)
            }
            return StoreError.unavailable("PostgreSQL at \(target): \(error)")
        case let error as PostgresDecodingError:
            return StoreError.corrupt("column \(error.columnName) of type \(error.postgresType) could not be read: \(error.code)")
        case is NIOConnectionError, is ChannelError, is IOError:
            return StoreError.unavailable("PostgreSQL at \(target): \(error)")
        default:
            return error
        }
    }

    private static func serverError(_ message: String, state: String?, target: String) -> StoreError {
        let state = state ?? "?????"
        if state.hasPrefix("23") { return StoreError.conflict(message) }
        // A character the text type cannot hold (a NUL in a search box or a form): the value's fault.
        if state == "22021" || state == "22P05" { return StoreError.unstorableText(message) }
        return StoreError.unavailable("PostgreSQL at \(target): \(message) (SQLSTATE \(state))")
    }

    /// The message of a server's error, if it is one.
    static func message(of error: any Error) -> String? {
        if case .server(let server) = error as? PostgresError { return server.fields[.message] }
        return (error as? PSQLError)?.serverInfo?[.message]
    }

    /// The SQLSTATE of a server's error from a prepared statement, if it is one.
    static func state(of error: any Error) -> String? {
        if case .server(let server) = error as? PostgresError { return server.fields[.sqlState] }
        return (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
