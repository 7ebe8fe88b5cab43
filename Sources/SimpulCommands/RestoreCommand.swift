import ArgumentParser
import Backup
import Foundation

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Check a backup whole, then put it in place: into an empty data directory or database, or over a store with --force. Stop the server first.")

    @Option(help: "The backup file to restore.")
    var input: String
    @OptionGroup var store: StoreLocationOptions
    @OptionGroup var key: BackupKeyOptions
    @Flag(help: "Replace an existing store (SQLite: kept as simpul.sqlite.before-restore; PostgreSQL: pg_restore --clean).")
    var force = false

    func run() async throws {
        let backupKey = try key.load()
        let outcome = switch store.location {
        case .sqlite:
            try await SQLiteBackup.restore(from: input, key: backupKey, dataDirectory: store.dataDirectory, force: force)
        case .postgres(let url):
            try await PostgresBackup.restore(from: input, key: backupKey, url: url, force: force)
        }
        let made = outcome.summary.madeAt.formatted(.iso8601)
        print("restored \(outcome.target) from \(input): backup made \(made), \(outcome.summary.length) bytes, every chunk and the SHA-256 verified")
        if let migrations = outcome.migrations { print("the restored store has \(migrations) migrations; `simpul serve` applies any newer ones") }
        if let setAside = outcome.setAside { print("the store it replaced is kept as \(setAside)") }
        print("start Simpul with the data-encryption key of the store that was backed up (SIMPUL_KEY or --key-file)")
    }
}
