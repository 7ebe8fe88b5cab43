import Foundation
import Testing
@testable import Store

/// `queryPrepared`: the same answers and errors as `query`, on both stores; on PostgreSQL the
/// statement is prepared once per connection, a bounded number of them, and one whose table has
/// changed shape still answers.
@Suite("Prepared statements")
struct PreparedStatementTests {
    static let select = "SELECT id, i, r, t, b FROM kinds WHERE id >= ? AND (t = ? OR CAST(? AS TEXT) IS NULL) ORDER BY id"

    @Test(arguments: TestBackend.available)
    func aPreparedStatementAnswersAsAnUnpreparedOne(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await PostgresDriverTests.makeKinds(db)
            try await db.execute("INSERT INTO kinds (id, i, r, t, b) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)",
                                 [.int(1), .int(.min), .double(-2.5), .text("Halo ñ 🇮🇩"), .blob([0, 1, 255]),
                                  .int(2), .null, .null, .null, .null])
            let asked: [[SQLValue]] = [[.int(1), .null, .null], [.int(0), .text("Halo ñ 🇮🇩"), .text("x")], [.int(2), .null, .null]]

            for binds in asked + asked {
                let prepared = try await db.queryPrepared(Self.select, binds)
                let unprepared = try await db.query(Self.select, binds)

                #expect(prepared.map(\.values) == unprepared.map(\.values))
                #expect(prepared.first?.columns == ["id", "i", "r", "t", "b"])
            }
            #expect(try await db.queryPrepared(Self.select, [.int(0), .null, .null]).count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aViolatedConstraintIsAConflictAsUnprepared(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await PostgresDriverTests.makeKinds(db)
            let insert = "INSERT INTO kinds (id, t) VALUES (?, ?) RETURNING id"
            _ = try await db.queryPrepared(insert, [.int(1), .text("a")])

            let error = await #expect(throws: StoreError.self) { _ = try await db.queryPrepared(insert, [.int(1), .text("b")]) }
            guard case .conflict = try #require(error) else { Issue.record("expected a conflict, got \(String(describing: error))"); return }
        }
    }

    /// One connection, so that every statement lands where the earlier ones were prepared.
    static func withOneConnection(_ body: (PostgresDatabase) async throws -> Void) async throws {
        let url = try #require(PostgresTestSchema.url)
        try await PostgresTestSchema.with(url: url + (url.contains("?") ? "&" : "?") + "pool_max_conns=1", body)
    }

    @Test(requiresPostgres)
    func aStatementIsPreparedOncePerConnection() async throws {
        try await Self.withOneConnection { db in
            try await PostgresDriverTests.makeKinds(db)
            for i in 0..<10 { _ = try await db.queryPrepared(Self.select, [.int(i), .null, .null]) }
            // The same text with other types of value is another statement.
            _ = try await db.queryPrepared(Self.select, [.int(0), .text("a"), .text("a")])

            #expect(db.prepared.count == 2)
            let kept = try await db.queryPrepared("SELECT COUNT(*) AS n FROM pg_prepared_statements", [])
            #expect(kept.first?["n"] == .int(3))
        }
    }

    @Test(requiresPostgres)
    func aStatementWhoseTableChangedShapeStillAnswers() async throws {
        try await Self.withOneConnection { db in
            try await PostgresDriverTests.makeKinds(db)
            try await db.execute("INSERT INTO kinds (id, t) VALUES (?, ?)", [.int(1), .text("a")])
            let star = "SELECT * FROM kinds WHERE id = ?"
            for _ in 0..<6 { _ = try await db.queryPrepared(star, [.int(1)]) }

            try await db.execute("ALTER TABLE kinds ADD COLUMN added TEXT DEFAULT 'new'", [])
            let row = try #require(try await db.queryPrepared(star, [.int(1)]).first)

            #expect(row["added"] == .text("new"))
            #expect(try await db.queryPrepared(star, [.int(1)]).first?["added"] == .text("new"))
            // The outdated statement was released on the server, not left beside its successor.
            #expect(try await db.query("SELECT COUNT(*) AS n FROM pg_prepared_statements", []).first?["n"] == .int(1))
        }
    }

    /// The prepared path reads cells as binary whatever their description says (a postgres-nio
    /// workaround): every type the store's statements return must read as the unprepared path
    /// reads it, not only the four the kinds table holds.
    @Test(requiresPostgres)
    func everyResultTypeReadsAsUnprepared() async throws {
        try await Self.withOneConnection { db in
            let sql = """
                SELECT SUM(x) AS total, COUNT(*) AS n, MAX(x) > ? AS more, CAST('2026-12-06' AS date) AS day,
                       CAST('2026-12-06 10:00:00+07' AS timestamptz) AS at, CAST(? AS numeric) / 3 AS third, CAST(1 AS integer) AS small,
                       CAST(NULL AS text) AS nothing
                FROM (VALUES (1), (2), (3)) AS v(x)
                """
            for _ in 0..<7 {
                let prepared = try await db.queryPrepared(sql, [.int(1), .int(10)])
                let unprepared = try await db.query(sql, [.int(1), .int(10)])
                #expect(prepared.map(\.values) == unprepared.map(\.values))
            }
        }
    }

    @Test(requiresPostgres)
    func aConnectionKeepsABoundedNumberOfStatements() async throws {
        try await Self.withOneConnection { db in
            let capacity = db.prepared.capacity
            for n in 0..<(capacity + 6) {
                let row = try await db.queryPrepared("SELECT ? + \(n) AS n", [.int(1)])
                #expect(row.first?["n"] == .int(Int64(n + 1)))
            }

            #expect(db.prepared.count == capacity)
        }
    }
}
