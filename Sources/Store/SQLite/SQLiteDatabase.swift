import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode with foreign keys on, read through a pool of
/// readers and written by one writer, whose every commit is flushed to disk (`synchronous = FULL`):
/// a report acknowledged to a victim is still there after a power cut, not only after the process
/// is killed.
public final class SQLiteDatabase: SQLDatabase {
    public let dialect = SQLDialect.sqlite
    let pool: DatabasePool
    let writeLock = AsyncMutex()
    let bulkLoadFolder = BulkLoadFolder()

    /// The part of the file each connection reads through its map (`PRAGMA mmap_size`): such pages
    /// stay the kernel's, shared by every connection, and cost no copy.
    public static let mappedBytes = 1 << 30
    /// What each reader keeps of the pages it read outside the map, in KiB (SQLite's default).
    /// Pages past the first GiB of a large store are copied into this cache (at 100k cases the
    /// store is 2.3 GB, and its newest tables, such as the search keys by agency, lie wholly past
    /// the map), and each of the eight readers fills its own: at 32 MB each, the registry
    /// benchmark left 73 MB of pages in the readers' caches and the server's own memory at 111 MiB
    /// (46 MiB with this bound). The kernel keeps those pages too, so a reader that reads one
    /// again pays a copy, not a disk read.
    static let pageCacheKiB = 2_000
    /// The one writer keeps more: a bulk load inserts into indexes at random places, and a page
    /// pushed out of the cache in the middle of a transaction is written to the log and read back.
    static let writerPageCacheKiB = 32_000

    public static func open(path: String, mappedBytes: Int = SQLiteDatabase.mappedBytes) throws -> SQLiteDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Transactions span several awaited statements (see `transaction`), so GRDB must allow a
        // transaction that stays open between two of its accesses.
        config.allowsUnsafeTransactions = true
        config.busyMode = .timeout(10)
        config.maximumReaderCount = 8
        config.prepareDatabase { db in
            // Deleted rows are overwritten in the file, so a report removed at the end of its
            // retention period cannot be read back from free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // Reads straight from the mapped file instead of a read() per page; a bounded page cache
            // for the rest (see `pageCacheKiB`).
            try db.execute(sql: "PRAGMA mmap_size = \(mappedBytes)")
            try db.execute(sql: "PRAGMA cache_size = -\(db.configuration.readonly ? pageCacheKiB : writerPageCacheKiB)")
            // The writer keeps its statement journals in memory. An insert into a table with
            // triggers or foreign keys journals every page it changes, so that the statement alone
            // can be undone; SQLite moves that journal to a temporary file once one statement of a
            // transaction changes more than 16 pages, and the file then takes every later
            // statement's pages too: a 100k HTCDS import wrote to it 403,710 times in its first
            // 25 s, against 25,679 writes to the log. A journal is emptied when its statement
            // ends, so memory holds one statement's pages at a time.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            // Set here, not in `prepareDatabase`: the pool sets NORMAL on its writer after that
            // runs (GRDB's `setUpWALMode`), and NORMAL may lose the last commits to a power cut.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            return SQLiteDatabase(pool: pool)
        } catch {
            throw StoreError.unavailable("cannot open SQLite database at \(path): \(error)")
        }
    }

    init(pool: DatabasePool) { self.pool = pool }

    public func execute(_ sql: String, _ binds: [SQLValue]) async throws -> Int {
        try refuseInsideOwnTransaction(sql)
        return try await writeLock.withLock { try await self.writeNow(sql, binds) }
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        if Self.isReadOnly(sql) {
            return try await mapErrors { try await self.pool.read { db in try Self.fetch(db, sql, binds) } }
        }
        // `INSERT … RETURNING` and the like write: they go through the writer.
        try refuseInsideOwnTransaction(sql)
        return try await writeLock.withLock {
            try await self.mapErrors { try await self.pool.writeWithoutTransaction { db in try Self.fetch(db, sql, binds) } }
        }
    }

    public func executeBatch(_ sql: String, _ rows: [[SQLValue]]) async throws {
        try refuseInsideOwnTransaction(sql)
        try await writeLock.withLock {
            try await self.mapErrors {
                try await self.pool.write { db in
                    try Self.executeEach(try db.cachedStatement(sql: sql), rows)
                }
            }
        }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try refuseInsideOwnTransaction("BEGIN")
        return try await writeLock.withLock {
            try await self.writeRaw("BEGIN IMMEDIATE")
            do {
                let result = try await Self.$writing.withValue(ObjectIdentifier(self)) {
                    try await body(SQLiteTransaction(db: self))
                }
                try await self.writeRaw("COMMIT")
                return result
            } catch {
                try? await self.writeRaw("ROLLBACK")
                throw error
            }
        }
    }

    public func ping() async throws {
        _ = try await mapErrors { try await self.pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") } }
    }

    public func close() async throws {
        // GRDB closes the writer before the read-only readers, so the last connection to close
        // cannot checkpoint, and the write-ahead log was left behind at its full size (639 MB
        // after a 100k demo). Folding it into the file first leaves it empty: under the write lock,
        // so no transaction is open, and behind a barrier, so no reader holds an old snapshot.
        // Should it fail all the same, nothing is lost: the next open folds the log.
        if bulkLoadFolder.current != nil { try? await endBulkLoad() }
        _ = try? await writeLock.withLock {
            try await self.pool.barrierWriteWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        try pool.close()
    }

    // MARK: - Used while the write lock is held

    /// The database whose transaction body the current task runs in, if any.
    @TaskLocal static var writing: ObjectIdentifier?

    /// A write through the database itself (not the transaction's executor) from inside one of its
    /// transactions would wait for the write lock that transaction holds, for ever and silently.
    /// It is refused instead, naming the statement, so the mistake shows as an error in a test.
    private func refuseInsideOwnTransaction(_ sql: String) throws {
        guard Self.writing == ObjectIdentifier(self) else { return }
        let head = sql.split(whereSeparator: \.isNewline).first.map(String.init)?.prefix(120) ?? ""
        throw StoreError.corrupt("a write through the database inside its own transaction would wait for ever; use the transaction's executor: \(head)")
    }

    func writeNow(_ sql: String, _ binds: [SQLValue]) async throws -> Int {
        try await mapErrors {
            try await self.pool.writeWithoutTransaction { db in
                try db.execute(sql: sql, arguments: Self.arguments(binds))
                return db.changesCount
            }
        }
    }

    func fetchNow(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await mapErrors { try await self.pool.writeWithoutTransaction { db in try Self.fetch(db, sql, binds) } }
    }

    func batchNow(_ sql: String, _ rows: [[SQLValue]]) async throws {
        try await mapErrors {
            try await self.pool.writeWithoutTransaction { db in
                try Self.executeEach(try db.cachedStatement(sql: sql), rows)
            }
        }
    }

    private func writeRaw(_ sql: String) async throws {
        _ = try await writeNow(sql, [])
    }

    private static func isReadOnly(_ sql: String) -> Bool {
        let head = sql.drop(while: { $0.isWhitespace }).prefix(6).uppercased()
        return head.hasPrefix("SELECT") || head.hasPrefix("WITH")
    }
}

/// The executor a transaction body receives: it runs on the writer, inside BEGIN … COMMIT.
struct SQLiteTransaction: SQLExecutor {
    let db: SQLiteDatabase

    func execute(_ sql: String, _ binds: [SQLValue]) async throws -> Int { try await db.writeNow(sql, binds) }
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] { try await db.fetchNow(sql, binds) }
    func executeBatch(_ sql: String, _ rows: [[SQLValue]]) async throws { try await db.batchNow(sql, rows) }
}
