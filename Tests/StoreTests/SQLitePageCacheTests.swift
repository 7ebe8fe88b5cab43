import Foundation
import Testing
@testable import Store

@Suite("SQLite connections keep a bounded page cache")
struct SQLitePageCacheTests {
    /// Pages past the mapped part of the file are copied into the reading connection's cache; each
    /// of the pool's connections keeps its own, so the bound is paid once per connection.
    @Test
    func aReaderKeepsNoMoreThanItsBoundHoweverMuchItReads() async throws {
        // Set-up: no part of the file mapped, so every page read goes through the cache (as every
        // page past the first GiB of a large store does), and a table four times the bound.
        let file = TemporarySQLiteFile("simpul-cache"), path = file.path
        defer { file.remove() }
        let db = try SQLiteDatabase.open(path: path, mappedBytes: 0)
        _ = try await db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
        let rows = SQLiteDatabase.pageCacheKiB * 4 / 3
        try await db.executeBatch("INSERT INTO filler (id, body) VALUES (?, ?)",
                                  (0..<rows).map { [.int($0), .blob([UInt8](repeating: UInt8($0 % 251), count: 3_000))] })

        // The one thing under test: a reader reads the whole table.
        let kept = try await db.pageCacheKept(afterReading: "SELECT id, body FROM filler")
        try await db.close()

        // What must hold: every row was read, through the cache, and the cache kept no more than
        // its bound (pages plus SQLite's few hundred bytes of header each).
        #expect(kept.rows == rows)
        #expect(kept.bytes > 0)
        #expect(kept.bytes <= SQLiteDatabase.pageCacheKiB * 1024 * 5 / 4)
    }
}
