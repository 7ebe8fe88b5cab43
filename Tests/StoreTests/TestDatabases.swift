import Foundation
import Testing
import Store

// The store's tests run on every backend at hand:
//
//     @Test(arguments: TestBackend.available)
//     func somethingHolds(_ backend: TestBackend) async throws {
//         try await withDatabase(backend) { db in … }
//     }
//
// SQLite is always at hand (a new file per test). PostgreSQL is when SIMPUL_TEST_DATABASE_URL names
// a local database (`eval "$(scripts/start-test-postgres.sh)"`); each test gets a schema of its own.
// `TestBackend` lives in Sources/Store/Testing so that WebTests use the same one.

/// Runs `body` on an empty database of `backend`, removed afterwards.
func withDatabase(_ backend: TestBackend, _ body: (any SQLDatabase) async throws -> Void) async throws {
    try await backend.withDatabase(body)
}

/// Marks a test or suite that needs PostgreSQL: without it, the output says it was skipped and why.
let requiresPostgres = ConditionTrait.enabled(if: TestBackend.postgresConfigured, Comment(rawValue: TestBackend.postgresSkipped))

@Suite("Test databases")
struct TestDatabaseTests {
    @Test(arguments: TestBackend.available)
    func eachTestStartsEmptyAndAlone(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await db.execute("CREATE TABLE marker (id \(db.dialect.integer) PRIMARY KEY)")
            try await db.execute("INSERT INTO marker (id) VALUES (?)", .int(1))
        }
        // A second database of the same backend does not see the first one's table.
        try await withDatabase(backend) { db in
            try await db.execute("CREATE TABLE marker (id \(db.dialect.integer) PRIMARY KEY)")
            let rows = try await db.query("SELECT id FROM marker")
            #expect(rows.isEmpty)
        }
    }

    @Test(requiresPostgres)
    func postgresTestsRunInASchemaOfTheirOwn() async throws {
        try await withDatabase(.postgres) { db in
            let schema = try #require(try await db.queryFirst("SELECT current_schema() AS s", [])).text("s")
            #expect(schema.hasPrefix("t_"))
        }
    }

    @Test
    func postgresTestsRefuseADatabaseElsewhere() async throws {
        let error = await #expect(throws: StoreError.self) {
            try await PostgresTestSchema.with(url: "postgres://u@db.example.org/simpul_test") { _ in }
        }
        #expect(error?.description.contains("localhost") == true)
    }
}
