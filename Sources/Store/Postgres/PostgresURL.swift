import Foundation
import PostgresNIO

/// Where and how to reach PostgreSQL, read from `postgres://user:password@host:port/database?…`
/// (or `postgresql://`). Query parameters, all optional:
/// - `sslmode=disable|prefer|require|verify-full` — as libpq reads them: `prefer` (the default) and
///   `require` encrypt without checking the certificate, `verify-full` checks it and the host name;
/// - `search_path=NAME` — the schema unqualified table names resolve to;
/// - `host=/run/postgresql` — a unix socket directory (or socket file), used instead of TCP;
/// - `pool_max_conns=N` — the most connections this server opens (default 20, as pgx names it).
///   Each is a PostgreSQL process: when the database shares a few cores with the server, fewer
///   connections than concurrent requests answer sooner than many processes taking turns.
package struct PostgresURL: Sendable, Equatable {
    package enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The socket file itself, e.g. `/run/postgresql/.s.PGSQL.5432`.
        case socket(path: String)
    }

    package enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    package var endpoint: Endpoint
    package var username: String
    package var password: String?
    package var database: String
    package var tls: TLSMode = .prefer
    package var searchPath: String?
    package var maximumConnections = 20

    package init(_ string: String) throws {
        guard let url = URLComponents(string: string) else {
            throw StoreError.badConfiguration("the PostgreSQL URL is not a URL; expected postgres://user:password@host:port/database")
        }
        guard url.scheme == "postgres" || url.scheme == "postgresql" else {
            throw StoreError.badConfiguration("the PostgreSQL URL must start with postgres:// or postgresql://")
        }
        guard let user = url.user, !user.isEmpty else {
            throw StoreError.badConfiguration("the PostgreSQL URL names no user (postgres://USER@host/database)")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError.badConfiguration("the PostgreSQL URL names no database (postgres://user@host/DATABASE)")
        }
        let port = url.port ?? 5432
        guard (1...65535).contains(port) else {
            throw StoreError.badConfiguration("the PostgreSQL URL has port \(port), outside 1–65535")
        }
        var host = url.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.username = user
        self.password = url.password
        self.database = database
        self.endpoint = .tcp(host: host, port: port)
        for item in url.queryItems ?? [] {
            try apply(item.name, item.value ?? "", port: port)
        }
        if case .tcp(let host, _) = endpoint, host.isEmpty {
            throw StoreError.badConfiguration("the PostgreSQL URL names no host (postgres://user@HOST/database, or ?host=/socket/directory)")
        }
    }

    private mutating func apply(_ name: String, _ value: String, port: Int) throws {
        switch name {
        case "sslmode":
            guard let mode = TLSMode(rawValue: value) else {
                let known = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw StoreError.badConfiguration("the PostgreSQL URL has sslmode=\(value); use one of \(known)")
            }
            tls = mode
        case "search_path":
            guard !value.isEmpty else { throw StoreError.badConfiguration("the PostgreSQL URL has an empty search_path") }
            searchPath = value
        case "host" where value.hasPrefix("/"):
            let path = value.hasSuffix("/.s.PGSQL.\(port)") ? value : value + "/.s.PGSQL.\(port)"
            endpoint = .socket(path: path)
        case "host":
            throw StoreError.badConfiguration("the PostgreSQL URL's host parameter must be a socket directory starting with /")
        case "pool_max_conns":
            guard let n = Int(value), (1...1_000).contains(n) else {
                throw StoreError.badConfiguration("the PostgreSQL URL has pool_max_conns=\(value); use a whole number from 1 to 1000")
            }
            maximumConnections = n
        default:
            throw StoreError.badConfiguration("the PostgreSQL URL has an unknown parameter \(name); known: sslmode, search_path, host, pool_max_conns")
        }
    }

    /// The URL without its password, for logs and error messages.
    package var redacted: String {
        var text = "postgres://\(username)@"
        switch endpoint {
        case .tcp(let host, let port): text += host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .socket(let path): text += "[\(path)]"
        }
        return text + "/\(database)"
    }
}
