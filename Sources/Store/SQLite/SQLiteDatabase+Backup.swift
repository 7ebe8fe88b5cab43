import Foundation
import GRDB

/// What `simpul backup` and `simpul restore` need from the SQLite layer: a consistent copy taken
/// while the server writes, and the checks a copy must pass before it replaces a store.
extension SQLiteDatabase {
    /// Copies the whole database into a new file at `path` with SQLite's online backup API. The
    /// copy is read inside one read transaction, so it is the database as of one commit; in WAL
    /// mode writers go on meanwhile. `shouldStop` is asked between steps, so a cancelled backup
    /// stops early instead of finishing a copy nobody wants.
    public func backup(to path: String, shouldStop: @escaping @Sendable () -> Bool = { false }) throws {
        let destination = try DatabaseQueue(path: path)
        defer { try? destination.close() }
        do {
            // 4,096 pages (16 MiB) a step: a step is the unit of cancellation, not of consistency.
            try pool.backup(to: destination, pagesPerStep: 4096) { progress in
                if !progress.isCompleted, shouldStop() { throw CancellationError() }
            }
        } catch let error as DatabaseError {
            throw StoreError.unavailable("online backup of the SQLite store failed: \(error)")
        }
    }

    /// Checks that the SQLite file at `path` is whole (`PRAGMA integrity_check`) and is a Simpul
    /// store (it has the `schema_migrations` table). Answers the number of migrations it has;
    /// throws `StoreError.corrupt` naming the first problems otherwise.
    public static func checkCopy(at path: String) throws -> Int {
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
                guard problems == ["ok"] else {
                    throw StoreError.corrupt("integrity check failed: \(problems.prefix(5).joined(separator: "; "))")
                }
                guard try db.tableExists("schema_migrations") else {
                    throw StoreError.corrupt("no schema_migrations table: this SQLite file is not a Simpul store")
                }
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM schema_migrations") ?? 0
            }
        } catch let error as DatabaseError {
            throw StoreError.corrupt("not a readable SQLite database: \(error.message ?? "\(error)")")
        }
    }

    /// Moves every committed page of the store at `path` out of its write-ahead log into the main
    /// file and empties the log, so the main file alone is the whole store and can be set aside.
    /// Throws when another connection (a running server) holds the log.
    public static func checkpointForReplacement(at path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            let busy = try queue.writeWithoutTransaction { db in
                try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")?[0] as Int? ?? 1
            }
            guard busy == 0 else {
                throw StoreError.unavailable("the store at \(path) is in use (its write-ahead log could not be emptied): stop the server first")
            }
        } catch let error as DatabaseError {
            throw StoreError.unavailable("cannot open the existing store at \(path): \(error)")
        }
    }
}
