import Foundation
import Testing
@testable import Store

@Suite("The SQLite writer's statement journals")
struct SQLiteStatementJournalTests {
    /// SQLite's temporary files, open in this process (they are unlinked as soon as they are
    /// opened, so only /proc still names them).
    static func openTemporaryFiles() -> [String] {
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return fds.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)") }
            .filter { $0.contains("etilqs_") }
    }

    @Test
    func aStatementThatChangesManyPagesLeavesNoTemporaryFileForTheRestOfItsTransaction() async throws {
        let file = TemporarySQLiteFile("simpul-stmtj"), path = file.path
        defer { file.remove() }
        let db = try SQLiteDatabase.open(path: path)
        // A foreign key and a trigger: each statement on `child` keeps a journal of the pages it
        // changes, so that it alone can be undone.
        _ = try await db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)", [])
        _ = try await db.execute("CREATE TABLE tally (n INTEGER NOT NULL)", [])
        _ = try await db.execute("INSERT INTO tally (n) VALUES (0)", [])
        _ = try await db.execute("""
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id), body TEXT NOT NULL)
            """, [])
        _ = try await db.execute("CREATE TRIGGER child_counted AFTER UPDATE ON child BEGIN UPDATE tally SET n = n + 1; END", [])
        _ = try await db.execute("INSERT INTO parent (id) VALUES (1)", [])
        try await db.executeBatch("INSERT INTO child (id, parent_id, body) VALUES (?, 1, ?)",
                                  (0..<400).map { [.int($0), .text(String(repeating: "a", count: 800))] })
        let before = Self.openTemporaryFiles()

        let during = try await db.transaction { tx in
            // About 80 pages changed by one statement: far past the 16 that SQLite keeps in memory
            // by default, after which the journal goes to a temporary file.
            _ = try await tx.execute("UPDATE child SET body = replace(body, 'a', 'b')", [])
            _ = try await tx.execute("UPDATE child SET body = 'c' WHERE id = 7", [])
            return Self.openTemporaryFiles()
        }
        #expect(during == before, "temporary files during the transaction: \(during)")
        #expect(try await db.query("SELECT n FROM tally", []).first?.int("n") == 401)
        #expect(try await db.query("SELECT COUNT(*) AS n FROM child WHERE body LIKE 'b%'", []).first?.int("n") == 399)
        try await db.close()
    }
}
