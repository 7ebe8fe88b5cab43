import Foundation
import Testing
import Store

/// What every store driver must do alike. PostgreSQL's driver is held to SQLite's behaviour by
/// running the same tests on both.
@Suite("Store drivers")
struct PostgresDriverTests {
    static func makeKinds(_ db: any SQLDatabase) async throws {
        try await db.execute("""
            CREATE TABLE kinds (
                id \(db.dialect.integer) PRIMARY KEY, i \(db.dialect.integer), r DOUBLE PRECISION,
                t TEXT, b \(db.dialect.blob))
            """)
    }

    @Test(arguments: TestBackend.available)
    func everyKindOfValueComesBackAsItWent(_ backend: TestBackend) async throws {
        let rows: [[SQLValue]] = [
            [.int(1), .int(.max), .double(1.5), .text(""), .blob([])],
            [.int(2), .int(.min), .double(-1e300), .text("Halo, dunia — ñ 中文 🇮🇩"), .blob([0, 0, 0])],
            [.int(3), .int(0), .double(0), .text("it's \"quoted\" ?"), .blob(Array(0...255))],
            [.int(4), .null, .null, .null, .null],
        ]
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            for row in rows {
                try await db.execute("INSERT INTO kinds (id, i, r, t, b) VALUES (?, ?, ?, ?, ?)", row)
            }

            let read = try await db.query("SELECT id, i, r, t, b FROM kinds ORDER BY id")

            #expect(read.map(\.values) == rows)
            #expect(read.first?.columns == ["id", "i", "r", "t", "b"])
        }
    }

    @Test(arguments: TestBackend.available)
    func columnNamesAreLowerCased(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            let row = try #require(try await db.queryFirst("SELECT 1 AS \"MixedCase\", ? AS Plain", [.text("x")]))
            #expect(row.columns == ["mixedcase", "plain"])
            #expect(row["plain"] == .text("x"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aQueryGivenTooFewOrTooManyValuesFailsAndTheNextOneRuns(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            let sql = "SELECT ? AS a, ? AS b"
            // A missing value is not read as NULL, an extra one not dropped.
            await #expect(throws: (any Error).self) { _ = try await db.query(sql, [.int(1)]) }
            await #expect(throws: (any Error).self) { _ = try await db.query(sql, [.int(1), .int(2), .int(3)]) }
            let row = try #require(try await db.queryFirst(sql, [.int(1), .text("dua")]))
            #expect(row.values == [.int(1), .text("dua")])
        }
    }

    @Test(arguments: TestBackend.available)
    func aQuestionMarkInALiteralIsText(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            let row = try #require(try await db.queryFirst("SELECT '?' AS mark, ? AS value", [.int(7)]))
            #expect(row["mark"] == .text("?"))
            #expect(row["value"] == .int(7))
        }
    }

    @Test(arguments: TestBackend.available)
    func manyBindsInOneStatement(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            try await db.executeBatch("INSERT INTO kinds (id) VALUES (?)", (1...3_000).map { [.int($0)] })
            let ids = (1...3_000).filter { $0 % 3 == 0 }.map { SQLValue.int($0) }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")

            let row = try await db.queryFirst("SELECT COUNT(*) AS n FROM kinds WHERE id IN (\(marks))", ids)

            #expect(row?["n"] == .int(1_000))
        }
    }

    @Test(arguments: TestBackend.available)
    func executeCountsTheRowsItChanged(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            #expect(try await db.execute("INSERT INTO kinds (id, i) VALUES (?, ?), (?, ?), (?, ?)",
                                         [.int(1), .int(10), .int(2), .int(20), .int(3), .int(30)]) == 3)
            #expect(try await db.execute("UPDATE kinds SET t = ? WHERE i >= ?", [.text("big"), .int(20)]) == 2)
            #expect(try await db.execute("UPDATE kinds SET t = ? WHERE id = ?", [.text("none"), .int(99)]) == 0)
            #expect(try await db.execute("DELETE FROM kinds", []) == 3)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTransactionThatThrowsLeavesNothingBehind(_ backend: TestBackend) async throws {
        struct Abandoned: Error {}
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            try await db.execute("INSERT INTO kinds (id) VALUES (?)", .int(1))

            await #expect(throws: Abandoned.self) {
                try await db.transaction { tx in
                    try await tx.execute("INSERT INTO kinds (id) VALUES (?)", .int(2))
                    try await tx.execute("UPDATE kinds SET t = ?", .text("changed"))
                    throw Abandoned()
                }
            }

            let rows = try await db.query("SELECT id, t FROM kinds")
            #expect(rows.map(\.values) == [[.int(1), .null]])
        }
    }

    @Test(arguments: TestBackend.available)
    func aTransactionThatReturnsIsCommitted(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)

            let seen = try await db.transaction { tx in
                try await tx.execute("INSERT INTO kinds (id) VALUES (?)", .int(1))
                return try await tx.query("SELECT id FROM kinds").count
            }

            #expect(seen == 1)
            #expect(try await db.query("SELECT id FROM kinds").count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aDuplicateKeyIsAConflict(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            try await db.execute("CREATE UNIQUE INDEX kinds_t ON kinds (t)")
            try await db.execute("INSERT INTO kinds (id, t) VALUES (?, ?)", .int(1), .text("agus@example.id"))

            let error = await #expect(throws: StoreError.self) {
                try await db.execute("INSERT INTO kinds (id, t) VALUES (?, ?)", .int(2), .text("agus@example.id"))
            }

            guard case .conflict = error else { Issue.record("expected a conflict, got \(String(describing: error))"); return }
        }
    }

    @Test(arguments: TestBackend.available)
    func aBatchInsertsThousandsOfRows(_ backend: TestBackend) async throws {
        let rows: [[SQLValue]] = (1...4_321).map { n in
            // Empty text and an empty blob stay empty, not NULL; non-ASCII text keeps its bytes.
            [.int(n), .int(n * 2), .double(Double(n) / 4), .text(n % 7 == 0 ? "" : "orang \(n) Cilé"),
             n % 10 == 0 ? .null : .blob(n % 11 == 0 ? [] : [UInt8(n % 256)])]
        }
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)

            try await db.executeBatch("INSERT INTO kinds (id, i, r, t, b) VALUES (?, ?, ?, ?, ?)", rows)

            let read = try await db.query("SELECT id, i, r, t, b FROM kinds ORDER BY id")
            #expect(read.count == rows.count)
            #expect(read.map(\.values) == rows)
        }
    }

    @Test(arguments: TestBackend.available)
    func aBatchOfOtherStatementsRunsRowByRow(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            try await db.executeBatch("INSERT INTO kinds (id, i) VALUES (?, ?)", (1...500).map { [.int($0), .int(0)] })

            try await db.executeBatch("UPDATE kinds SET i = ? WHERE id = ?", (1...500).map { [.int($0 * 3), .int($0)] })

            let sum = try await db.queryFirst("SELECT SUM(i) AS total FROM kinds", [])
            #expect(sum?["total"] == .int(3 * 500 * 501 / 2))
        }
    }

    @Test(arguments: TestBackend.available)
    func aBatchOfUpdatesThatConflictsChangesNothing(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            try await db.execute("CREATE UNIQUE INDEX kinds_t ON kinds (t)")
            try await db.executeBatch("INSERT INTO kinds (id, t) VALUES (?, ?)", (1...900).map { [.int($0), .text("n\($0)")] })
            // Row 700 takes the name row 900 still has.
            let renames: [[SQLValue]] = (1...900).map { [.text($0 == 700 ? "n900" : "m\($0)"), .int($0)] }

            let error = await #expect(throws: StoreError.self) {
                try await db.executeBatch("UPDATE kinds SET t = ? WHERE id = ?", renames)
            }

            guard case .conflict = error else { Issue.record("expected a conflict, got \(String(describing: error))"); return }
            let renamed = try await db.query("SELECT id FROM kinds WHERE t LIKE ?", [.text("m%")])
            #expect(renamed.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func aBatchWithADuplicateInsertsNothing(_ backend: TestBackend) async throws {
        try await withDatabase(backend) { db in
            try await Self.makeKinds(db)
            let rows: [[SQLValue]] = (1...2_000).map { [.int($0)] } + [[.int(7)]]

            let error = await #expect(throws: StoreError.self) {
                try await db.executeBatch("INSERT INTO kinds (id) VALUES (?)", rows)
            }

            guard case .conflict = error else { Issue.record("expected a conflict, got \(String(describing: error))"); return }
            #expect(try await db.query("SELECT id FROM kinds").isEmpty)
        }
    }
}
