import Foundation
import Testing
@testable import Store

@Suite("A bulk load into the SQLite store")
struct SQLiteBulkLoadTests {
    @Test
    func theLogIsFoldedInOnceAtTheEndAndCommitsAreFlushedAgainAfterIt() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-bulk-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        func size(_ suffix: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0 }
        func pragma(_ name: String, _ db: SQLiteDatabase) async throws -> Int? { try await db.query("PRAGMA \(name)", []).first?.int(name) }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
        #expect(try await pragma("synchronous", db) == 2)
        #expect(try await pragma("wal_autocheckpoint", db) == 1_000)

        // Twelve commits of about 600 KB: 7 MB, past the 1,000 pages (4 MB) at which the log is
        // folded into the file outside a bulk load.
        try await db.beginBulkLoad()
        #expect(try await pragma("synchronous", db) == 1)
        #expect(try await pragma("wal_autocheckpoint", db) == SQLiteDatabase.bulkLoadLogPages)
        for commit in 0..<12 {
            try await db.transaction { tx in
                try await tx.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)",
                                          (0..<300).map { [.int(commit * 300 + $0), .blob([UInt8](repeating: 7, count: 2_000))] })
            }
        }
        // Every commit is still in the log: nothing was folded into the file.
        #expect(size("-wal") > 7_000_000 && size("") < 1_000_000, "log \(size("-wal")), file \(size(""))")

        try await db.endBulkLoad()
        #expect(size("-wal") == 0 && size("") > 7_000_000, "log \(size("-wal")), file \(size(""))")
        #expect(try await pragma("synchronous", db) == 2)
        #expect(try await pragma("wal_autocheckpoint", db) == 1_000)
        try await db.close()
        let reopened = try SQLiteDatabase.open(path: path)
        #expect(try await reopened.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 3_600)
        try await reopened.close()
    }
}
