import GRDB
import GRDBSQLite

extension SQLiteDatabase {
    /// The write-ahead log is started afresh every this many pages during a bulk load (1 GiB),
    /// instead of SQLite's 1,000 (4 MB).
    package static let bulkLoadLogPages = 262_144

    /// For a load the store is left to (the command line's import). Every commit of a large
    /// import went from the log into the file at once (the log held more than 1,000 pages), with
    /// two disk flushes: at a million cases the indexes on random keys change pages all over the
    /// file, and the same pages went into the file again at every commit. Now the log is folded
    /// in a quarter of `logPages` at a time by a `LogFolder` on a thread of its own, so a page
    /// changed by many commits goes into the file once per quarter, the writer does not stop for
    /// it, and the log starts afresh once it holds `logPages`. A commit flushes nothing
    /// (`synchronous = NORMAL`: after a power cut the store is whole, and the last commits may be
    /// missing; an import run again skips what is there). `endBulkLoad` folds the log in and flushes.
    package func beginBulkLoad(logPages: Int = SQLiteDatabase.bulkLoadLogPages) async throws {
        let folder = try LogFolder(path: pool.path, step: Int32(logPages / 4), limit: Int32(logPages))
        do {
            try await onWriter(barrier: false, "PRAGMA synchronous = NORMAL") { db in
                // Takes the place of SQLite's automatic checkpoint until `endBulkLoad`.
                sqlite3_wal_hook(db.sqliteConnection, LogFolder.hook, Unmanaged.passUnretained(folder).toOpaque())
                self.bulkLoadFolder.replace(with: folder)?.stop()
            }
        } catch {
            folder.stop()
            throw error
        }
    }

    /// Back to every commit flushed and the log folded in at 1,000 pages, with the log folded into
    /// the file and the file flushed now.
    package func endBulkLoad() async throws {
        // Behind a barrier, as `close` does: no reader holds an old snapshot, so the log empties.
        // `wal_autocheckpoint` puts SQLite's own hook back before the folder stops.
        try await onWriter(barrier: true, "PRAGMA synchronous = FULL", "PRAGMA wal_autocheckpoint = 1000") { db in
            self.bulkLoadFolder.replace(with: nil)?.stop()
            _ = try db.checkpoint(.truncate)
        }
    }

    /// Folds made by the log folder of the bulk load under way (0 without one).
    package var bulkLoadFolds: Int { bulkLoadFolder.current?.foldCount ?? 0 }

    /// Runs the statements on the writer, under the write lock, then `then`.
    private func onWriter(barrier: Bool, _ statements: String..., then: @escaping @Sendable (Database) throws -> Void = { _ in }) async throws {
        let body: @Sendable (Database) throws -> Void = { db in
            for sql in statements { try db.execute(sql: sql) }
            try then(db)
        }
        try await writeLock.withLock {
            try await self.mapErrors {
                if barrier { try await self.pool.barrierWriteWithoutTransaction(body) } else { try await self.pool.writeWithoutTransaction(body) }
            }
        }
    }
}
