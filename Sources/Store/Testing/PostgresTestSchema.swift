import Foundation
import Logging

/// A PostgreSQL schema of its own for one test, in the local database that
/// `SIMPUL_TEST_DATABASE_URL` names (`scripts/start-test-postgres.sh` starts one). For tests only.
package enum PostgresTestSchema {
    package static let environmentKey = "SIMPUL_TEST_DATABASE_URL"

    /// The test database's URL, when one is set.
    package static var url: String? {
        ProcessInfo.processInfo.environment[environmentKey].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `body` on a database whose search path is a new schema `t_<random>`, dropped afterwards.
    /// Refuses any host but this machine: tests drop what they create.
    package static func with<T>(url: String, _ body: (PostgresDatabase) async throws -> T) async throws -> T {
        var scoped = try PostgresURL(url)
        if case .tcp(let host, _) = scoped.endpoint, !["localhost", "127.0.0.1", "::1"].contains(host) {
            throw StoreError.badConfiguration("\(environmentKey) points at \(host); tests run only against localhost")
        }
        let logger = Logger(label: "simpul.tests.postgres") { _ in SwiftLogNoOpLogHandler() }
        let admin = try await PostgresDatabase.connect(scoped, logger: logger)
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        scoped.searchPath = schema
        let outcome: Result<T, any Error>
        do {
            try await admin.execute("CREATE SCHEMA \(schema)", [])
            let database = try await PostgresDatabase.connect(scoped, logger: logger)
            do { outcome = .success(try await body(database)) } catch { outcome = .failure(error) }
            try? await database.close()
        } catch {
            outcome = .failure(error)
        }
        _ = try? await admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE", [])
        try? await admin.close()
        return try outcome.get()
    }
}
