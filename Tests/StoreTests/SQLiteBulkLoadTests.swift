import Foundation
import Testing
@testable import Store

@Suite("A bulk load into the SQLite store")
struct SQLiteBulkLoadTests {
    @Test
    func theLogIsFoldedInOnceAtTheEndAndCommitsAreFlushedAgainAfterIt() async throws {
        let file = TemporarySQLiteFile("simpul-bulk"), path = file.path
        defer { file.remove() }
        func pragma(_ name: String, _ db: SQLiteDatabase) async throws -> Int? { try await db.query("PRAGMA \(name)", []).first?.int(name) }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
        #expect(try await pragma("synchronous", db) == 2)
        #expect(try await pragma("wal_autocheckpoint", db) == 1_000)

        // Twelve commits of about 600 KB: 7 MB, past the 1,000 pages (4 MB) at which the log is
        // folded into the file outside a bulk load.
        try await db.beginBulkLoad()
        #expect(try await pragma("synchronous", db) == 1)
        for commit in 0..<12 {
            try await db.transaction { tx in
                try await tx.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)",
                                          (0..<300).map { [.int(commit * 300 + $0), .blob([UInt8](repeating: 7, count: 2_000))] })
            }
        }
        // Every commit is still in the log: nothing was folded into the file.
        #expect(file.size("-wal") > 7_000_000 && file.size("") < 1_000_000, "log \(file.size("-wal")), file \(file.size(""))")

        try await db.endBulkLoad()
        #expect(file.size("-wal") == 0 && file.size("") > 7_000_000, "log \(file.size("-wal")), file \(file.size(""))")
        #expect(try await pragma("synchronous", db) == 2)
        #expect(try await pragma("wal_autocheckpoint", db) == 1_000)
        try await db.close()
        let reopened = try SQLiteDatabase.open(path: path)
        #expect(try await reopened.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 3_600)
        try await reopened.close()
    }

    @Test
    func aSecondConnectionFoldsTheLogInWhileTheWriterGoesOn() async throws {
        let file = TemporarySQLiteFile("simpul-fold"), path = file.path
        defer { file.remove() }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])

        // A log of 1,000 pages (4 MB): the folder is asked every 250 pages, and the writer folds
        // the rest itself at 1,000. Each commit is about 150 pages.
        try await db.beginBulkLoad(logPages: 1_000)
        func commit(_ n: Int) async throws {
            try await db.transaction { tx in
                try await tx.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)",
                                          (0..<300).map { [.int(n * 300 + $0), .blob([UInt8](repeating: UInt8(n), count: 2_000))] })
            }
        }
        try await commit(0)
        try await commit(1)
        // Two commits: 300 pages, past the folder's first step. It folds them on its own thread.
        let deadline = Date().addingTimeInterval(10)
        while db.bulkLoadFolds == 0 && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(db.bulkLoadFolds >= 1)
        #expect(file.size("") > 1_000_000, "file \(file.size(""))")

        for n in 2..<24 { try await commit(n) }
        // 24 commits (14 MB): the log started afresh each time it reached 1,000 pages, so it never
        // grew to hold them all.
        #expect(file.size("-wal") < 6_000_000 && file.size("") > 9_000_000, "log \(file.size("-wal")), file \(file.size(""))")

        try await db.endBulkLoad()
        #expect(db.bulkLoadFolds == 0)
        #expect(file.size("-wal") == 0)
        try await db.close()
        let reopened = try SQLiteDatabase.open(path: path)
        let totals = try await reopened.query("SELECT COUNT(*) AS n, SUM(length(body)) AS bytes FROM filler", []).first
        #expect(try totals?.int("n") == 7_200 && totals?.int("bytes") == 14_400_000)
        #expect(try await reopened.query("PRAGMA integrity_check", []).first?.text("integrity_check") == "ok")
        try await reopened.close()
    }

    @Test
    func closingInTheMiddleOfABulkLoadStopsTheFolderAndKeepsEveryCommit() async throws {
        let file = TemporarySQLiteFile("simpul-fold-close"), path = file.path
        defer { file.remove() }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
        try await db.beginBulkLoad(logPages: 400)
        for n in 0..<6 {
            try await db.transaction { tx in
                try await tx.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)", (0..<100).map { [.int(n * 100 + $0), .blob([UInt8](repeating: 1, count: 3_000))] })
            }
        }
        try await db.close()
        let reopened = try SQLiteDatabase.open(path: path)
        #expect(try await reopened.query("SELECT COUNT(*) AS n FROM filler", []).first?.int("n") == 600)
        #expect(try await reopened.query("PRAGMA synchronous", []).first?.int("synchronous") == 2)
        try await reopened.close()
    }
}
