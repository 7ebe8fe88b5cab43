import Foundation
import Testing
@testable import Store

@Suite("Closing the SQLite store")
struct SQLiteCloseTests {
    @Test
    func closingLeavesNoWriteAheadLogBehind() async throws {
        // Set-up: a store whose writes are still in its write-ahead log, and a reader that has
        // read (so the pool holds read-only connections, which close last).
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-close-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
        try await db.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)",
                                  (0..<200).map { [.int($0), .blob([UInt8](repeating: 7, count: 2_000))] })
        #expect(try await db.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 200)
        let walBefore = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walBefore > 400_000)

        // The one thing under test.
        try await db.close()

        // What must hold: the log is empty (or gone), and every row is in the file itself.
        let walAfter = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walAfter == 0)
        let reopened = try SQLiteDatabase.open(path: path)
        #expect(try await reopened.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 200)
        try await reopened.close()
    }
}
