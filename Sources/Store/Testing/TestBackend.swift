import Foundation

/// The store backends a test can run against, for `@Test(arguments: TestBackend.available)`.
/// For tests only.
package enum TestBackend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgres

    /// SQLite always; PostgreSQL when `SIMPUL_TEST_DATABASE_URL` names a test database.
    package static var available: [TestBackend] {
        PostgresTestSchema.url == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    package static var postgresConfigured: Bool { PostgresTestSchema.url != nil }

    /// Why PostgreSQL tests did not run, for `.enabled(if:_:)`.
    package static let postgresSkipped = "PostgreSQL store tests skipped: SIMPUL_TEST_DATABASE_URL not set"

    package var description: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// Runs `body` on an empty database of this backend: a new SQLite file, or a new PostgreSQL
    /// schema. Both are removed afterwards.
    package func withDatabase<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("simpul-test-\(UUID().uuidString).sqlite").path
            defer {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            let database = try SQLiteDatabase.open(path: path)
            let outcome: Result<T, any Error>
            do { outcome = .success(try await body(database)) } catch { outcome = .failure(error) }
            try? await database.close()
            return try outcome.get()
        case .postgres:
            guard let url = PostgresTestSchema.url else {
                throw StoreError.badConfiguration(Self.postgresSkipped)
            }
            return try await PostgresTestSchema.with(url: url) { try await body($0) }
        }
    }
}
