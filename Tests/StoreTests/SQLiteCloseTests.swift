import Foundation
import Testing
@testable import Store

@Suite("Closing the SQLite store")
struct SQLiteCloseTests {
    @Test
    func closingLeavesNoWriteAheadLogBehind() async throws {
        // Set-up: a store whose writes are still in its write-ahead log, and a reader that has
        // read (so the pool holds read-only connections, which close last).
        let file = TemporarySQLiteFile("simpul-close"), path = file.path
        defer { file.remove() }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
        try await db.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)",
                                  (0..<200).map { [.int($0), .blob([UInt8](repeating: 7, count: 2_000))] })
        #expect(try await db.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 200)
        let walBefore = file.size("-wal")
        #expect(walBefore > 400_000)

        // The one thing under test.
        try await db.close()

        // What must hold: the log is empty (or gone), and every row is in the file itself.
        let walAfter = file.size("-wal")
        #expect(walAfter == 0)
        let reopened = try SQLiteDatabase.open(path: path)
        #expect(try await reopened.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 200)
        try await reopened.close()
    }
}
