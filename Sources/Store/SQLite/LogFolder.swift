import Foundation
import GRDBSQLite

/// Folds the write-ahead log into the database file from a connection of its own, on its own
/// thread, while a bulk load goes on writing. Folding in the log (a checkpoint) reads every page
/// the log holds and writes it into the file, then flushes both: done by the writer at a commit,
/// as SQLite does by default, it stopped the load for that time (a tenth of the writer's time in
/// a million-case HTCDS import, whose writer is the stage everything else waits for).
///
/// The writer's commits tell the folder how many pages the log holds (`sqlite3_wal_hook`, which
/// takes the place of SQLite's own automatic checkpoint). Each time the log has grown by `step`
/// pages since the folder last folded, the folder is asked to fold what is there; a page changed
/// again and again within one step is still written into the file once. SQLite starts the log
/// afresh only once all of it is folded: so when it holds `limit` pages, the writer folds the
/// rest itself at its commit (the pages since the folder's last fold), after waiting for a fold
/// of the folder's under way, and the next transaction writes the log from its start. Both folds
/// are passive: neither waits for a reader.
final class LogFolder: @unchecked Sendable {
    let step: Int32
    let limit: Int32
    private let condition = NSCondition()
    private var asked = false
    private var stopping = false
    private var stopped = false
    /// The folder's fold under way, and the writer's.
    private var folding = false
    private var writerFolding = false
    /// Pages of the log folded by the folder's last fold (0 once the log has started afresh).
    private var foldedThrough: Int32 = 0
    private var connection: OpaquePointer?
    private var folds = 0

    /// How many folds the folder has made.
    var foldCount: Int { condition.withLock { folds } }

    /// Opens the folder's connection and starts its thread.
    init(path: String, step: Int32, limit: Int32) throws {
        self.step = max(1, step)
        self.limit = max(self.step, limit)
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            sqlite3_close_v2(db)
            throw StoreError.unavailable("cannot open a second connection to \(path) to fold its log in: SQLite code \(code)")
        }
        // A connection learns that the file is in WAL mode when it first reads it; before that,
        // a checkpoint through it does nothing.
        guard sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nil, nil, nil) == SQLITE_OK else {
            let message = String(cString: sqlite3_errmsg(db))
            sqlite3_close_v2(db)
            throw StoreError.unavailable("cannot read \(path) from a second connection to fold its log in: \(message)")
        }
        connection = db
        let thread = Thread { [self] in run() }
        thread.name = "simpul-log-folder"
        thread.start()
    }

    /// Called by the writer's commit hook with the pages the log now holds. Answers true when the
    /// writer is to fold the rest itself: the folder's fold under way has then ended, and the
    /// folder starts none until `writerFolded`.
    func committed(logPages: Int32) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        // A log started afresh holds fewer pages than were folded of the one before.
        if logPages < foldedThrough { foldedThrough = 0 }
        if logPages >= limit {
            writerFolding = true
            while folding { condition.wait() }
            return true
        }
        if logPages - foldedThrough >= step, !asked {
            asked = true
            condition.broadcast()
        }
        return false
    }

    func writerFolded() {
        condition.withLock {
            writerFolding = false
            condition.broadcast()
        }
    }

    /// Stops the thread once a fold under way has ended, and closes the connection.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        while !stopped { condition.wait() }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while (!asked || writerFolding) && !stopping { condition.wait() }
            if stopping {
                sqlite3_close_v2(connection)
                connection = nil
                stopped = true
                condition.broadcast()
                condition.unlock()
                return
            }
            folding = true
            condition.unlock()

            var logPages: Int32 = 0, folded: Int32 = 0
            let code = sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, &logPages, &folded)

            condition.lock()
            asked = false
            folding = false
            if code == SQLITE_OK && folded >= 0 { foldedThrough = folded; folds += 1 }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The hook SQLite calls after each commit of the writer (`sqlite3_wal_hook`).
    static let hook: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32 = { context, db, name, pages in
        guard let context else { return SQLITE_OK }
        let folder = Unmanaged<LogFolder>.fromOpaque(context).takeUnretainedValue()
        if folder.committed(logPages: pages) {
            // What SQLite's own automatic checkpoint does.
            _ = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            folder.writerFolded()
        }
        return SQLITE_OK
    }
}

/// The log folder of a bulk load under way, if any: held by the store so it lives as long as the
/// writer's hook points to it.
final class BulkLoadFolder: @unchecked Sendable {
    private let lock = NSLock()
    private var folder: LogFolder?

    var current: LogFolder? { lock.withLock { folder } }

    /// Holds `new` and gives back the folder it replaces.
    func replace(with new: LogFolder?) -> LogFolder? {
        lock.withLock {
            let old = folder
            folder = new
            return old
        }
    }
}
