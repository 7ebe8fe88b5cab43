import Foundation
import Logging
import Store

/// `simpul backup` and `simpul restore` for a PostgreSQL store, through PostgreSQL's own
/// `pg_dump --format=custom` and `pg_restore`. The archive flows through a pipe straight into the
/// cipher and back, so no plaintext copy of the database is ever written to disk.
public enum PostgresBackup {
    /// Dumps the database (only the URL's `search_path` schema when it names one) and seals the
    /// archive into `output`. pg_dump reads one snapshot, so the copy is consistent while servers
    /// keep writing.
    @discardableResult
    public static func backUp(url: String, to output: String, key: BackupKey,
                              chunkSize: Int = BackupWriter.defaultChunkSize,
                              environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> BackupSummary {
        let target = try parse(url)
        let pgDump = try PostgresTools.locate("pg_dump", environment: environment)
        var arguments = ["--format=custom", "--no-password"]
        if let schema = target.searchPath { arguments.append("--schema=\(schema)") }
        let pipe = Pipe()
        let run = try PostgresTools.Run(pgDump, arguments, environment: PostgresTools.environment(for: target, base: environment),
                                        output: pipe)
        let reader = pipe.fileHandleForReading
        do {
            return try await offThePool {
                try BackupWriter.write(to: output, backend: .postgres, key: key, chunkSize: chunkSize) { count in
                    let piece = try reader.read(upToCount: count) ?? Data()
                    // The end of the archive is only good if pg_dump says so: check before sealing.
                    if piece.isEmpty { try run.finish() }
                    return piece
                }
            }
        } catch {
            run.abandon()
            throw error
        }
    }

    /// Restores the backup `input` into the URL's database. The whole backup is authenticated first,
    /// without writing plaintext anywhere; then it is decrypted again into `pg_restore`, which runs
    /// in one transaction, so a failure at any point leaves the database as it was. A database that
    /// already holds tables is replaced only when `force` (`--clean --if-exists`). Stop the servers first.
    @discardableResult
    public static func restore(from input: String, key: BackupKey, url: String, force: Bool,
                               environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> RestoreOutcome {
        let target = try parse(url)
        let backend = try BackupReader.header(of: input, key: key)
        guard backend == .postgres else {
            throw BackupError.wrongBackend("\(input) holds a \(backend) store: restore it with --data DIR")
        }
        let pgRestore = try PostgresTools.locate("pg_restore", environment: environment)
        _ = try await offThePool { try BackupReader.read(input, key: key) }
        let tables = try await tableCount(target)
        guard tables == 0 || force else {
            throw BackupError.targetNotEmpty("\(target.redacted) already holds \(tables) table(s): restore into an empty database, or give --force to replace what the backup holds")
        }
        var arguments = ["--dbname=\(PostgresTools.connectionString(database: target.database))", "--no-password",
                         "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error"]
        if force { arguments += ["--clean", "--if-exists"] }
        let pipe = Pipe()
        let run = try PostgresTools.Run(pgRestore, arguments, environment: PostgresTools.environment(for: target, base: environment),
                                        input: pipe)
        let writer = pipe.fileHandleForWriting
        do {
            let summary = try await offThePool {
                let summary = try BackupReader.read(input, key: key) { try writer.write(contentsOf: $0) }
                try writer.close()  // only now does pg_restore see the end, and commit
                return summary
            }
            try await offThePool { try run.finish() }
            return RestoreOutcome(summary: summary, target: target.redacted, migrations: nil, setAside: nil)
        } catch {
            run.abandon()
            throw error
        }
    }

    private static func parse(_ url: String) throws -> PostgresURL {
        do { return try PostgresURL(url) } catch { throw BackupError.store("\(error)") }
    }

    /// Tables in the target schema (the URL's search_path) or in every non-system schema.
    private static func tableCount(_ url: PostgresURL) async throws -> Int {
        let db: PostgresDatabase
        do {
            db = try await PostgresDatabase.connect(url, logger: Logger(label: "simpul.restore") { _ in SwiftLogNoOpLogHandler() })
        } catch {
            throw BackupError.store("cannot reach \(url.redacted): \(error)")
        }
        let sql = url.searchPath == nil
            ? "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            : "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?"
        do {
            let count = try await db.query(sql, url.searchPath.map { [.text($0)] } ?? []).first?.int("n") ?? 0
            try await db.close()
            return count
        } catch {
            try? await db.close()
            throw BackupError.store("cannot count the tables of \(url.redacted): \(error)")
        }
    }
}
