import GRDB
import GRDBSQLite

extension SQLiteDatabase {
    /// Reads every row of `sql` on one reader and answers how many bytes of pages that reader then
    /// keeps in its page cache (`SQLITE_DBSTATUS_CACHE_USED`): what a read leaves behind in the
    /// server's own memory, for the test of `pageCacheKiB`.
    package func pageCacheKept(afterReading sql: String) async throws -> (rows: Int, bytes: Int) {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: sql).count
            var used: Int32 = 0, highest: Int32 = 0
            let code = sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0)
            guard code == SQLITE_OK else { throw StoreError.unavailable("sqlite3_db_status answered \(code)") }
            return (rows, Int(used))
        }
    }
}
