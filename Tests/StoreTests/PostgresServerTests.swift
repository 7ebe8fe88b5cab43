import Foundation
import Logging
import Testing
import Store

/// What only PostgreSQL does: its own types, its connection errors, its aborted transactions.
@Suite("PostgreSQL server", requiresPostgres)
struct PostgresServerTests {
    @Test
    func readsPostgresOwnTypesAsTheStoreKinds() async throws {
        try await withDatabase(.postgres) { db in
            let row = try #require(try await db.queryFirst("""
                SELECT true AS yes, false AS no, 2::int2 AS small, 3::int4 AS medium, 1.5::float4 AS single,
                       12.5::numeric AS fraction, 40::numeric AS whole, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS id,
                       TIMESTAMPTZ '2025-03-04 05:06:07.089+00' AS at, 'x'::varchar AS short, NULL::bigint AS nothing
                """, []))

            #expect(row["yes"] == .int(1))
            #expect(row["no"] == .int(0))
            #expect(row["small"] == .int(2))
            #expect(row["medium"] == .int(3))
            #expect(row["single"] == .double(1.5))
            #expect(row["fraction"] == .double(12.5))
            #expect(row["whole"] == .int(40))
            #expect(row["id"] == .text("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))
            #expect(row["at"] == .text("2025-03-04T05:06:07.089Z"))
            #expect(row["short"] == .text("x"))
            #expect(row["nothing"] == .null)
        }
    }

    @Test
    func aTypeTheStoreDoesNotReadSaysHowToCastIt() async throws {
        try await withDatabase(.postgres) { db in
            let error = await #expect(throws: StoreError.self) {
                try await db.query("SELECT INTERVAL '1 day' AS span", [])
            }
            #expect(error?.description.contains("cast it to TEXT") == true)
        }
    }

    @Test
    func aFailureSwallowedInsideATransactionStillRollsItBack() async throws {
        try await withDatabase(.postgres) { db in
            try await PostgresDriverTests.makeKinds(db)
            try await db.execute("INSERT INTO kinds (id) VALUES (?)", .int(1))

            let error = await #expect(throws: StoreError.self) {
                try await db.transaction { tx in
                    try await tx.execute("INSERT INTO kinds (id) VALUES (?)", .int(2))
                    _ = try? await tx.execute("INSERT INTO kinds (id) VALUES (?)", .int(1))
                }
            }

            guard case .conflict = error else { Issue.record("expected a conflict, got \(String(describing: error))"); return }
            #expect(try await db.query("SELECT id FROM kinds").count == 1)
        }
    }

    @Test
    func aServerErrorCarriesTheServerMessage() async throws {
        try await withDatabase(.postgres) { db in
            let error = await #expect(throws: StoreError.self) {
                try await db.query("SELECT * FROM no_such_table", [])
            }
            #expect(error?.description.contains("relation \"no_such_table\" does not exist") == true)
        }
    }

    @Test
    func aWrongURLFailsAtConnectWithoutShowingThePassword() async throws {
        let base = try PostgresURL(try #require(PostgresTestSchema.url))
        var wrongDatabase = base
        wrongDatabase.database = "no_such_database"
        wrongDatabase.password = "hunter2"
        var wrongPort = wrongDatabase
        wrongPort.endpoint = .tcp(host: "127.0.0.1", port: 1)
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

        for url in [wrongDatabase, wrongPort] {
            let error = await #expect(throws: StoreError.self) {
                try await PostgresDatabase.connect(url, logger: logger)
            }
            guard case .unavailable(let message) = error else { Issue.record("expected unavailable, got \(String(describing: error))"); continue }
            #expect(!message.contains("hunter2"))
            #expect(message.contains(url.redacted))
        }
    }

    @Test
    func aClosedDatabaseRefusesWork() async throws {
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let db = try await PostgresDatabase.connect(url: try #require(PostgresTestSchema.url), logger: logger)
        try await db.ping()

        try await db.close()

        await #expect(throws: StoreError.self) { try await db.ping() }
    }
}
