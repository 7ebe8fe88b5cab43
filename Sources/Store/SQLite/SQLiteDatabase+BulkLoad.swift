import GRDB

extension SQLiteDatabase {
    /// The write-ahead log folded into the file every this many pages during a bulk load (1 GiB),
    /// instead of SQLite's 1,000 (4 MB).
    package static let bulkLoadLogPages = 262_144

    /// For a load the store is left to (the command line's import). Every commit of a large
    /// import went from the log into the file at once (the log held more than 1,000 pages), with
    /// two disk flushes: at a million cases the indexes on random keys change pages all over the
    /// file, and the same pages went into the file again at every commit. Now the log is folded
    /// in once it holds a GiB, so a page changed by many commits goes into the file once, and a
    /// commit flushes nothing (`synchronous = NORMAL`: after a power cut the store is whole, and
    /// the last commits may be missing; an import run again skips what is there). `endBulkLoad`
    /// folds the log in and flushes.
    package func beginBulkLoad() async throws {
        try await onWriter(barrier: false, "PRAGMA synchronous = NORMAL", "PRAGMA wal_autocheckpoint = \(Self.bulkLoadLogPages)")
    }

    /// Back to every commit flushed and the log folded in at 1,000 pages, with the log folded into
    /// the file and the file flushed now.
    package func endBulkLoad() async throws {
        // Behind a barrier, as `close` does: no reader holds an old snapshot, so the log empties.
        try await onWriter(barrier: true, "PRAGMA synchronous = FULL", "PRAGMA wal_autocheckpoint = 1000") { _ = try $0.checkpoint(.truncate) }
    }

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
