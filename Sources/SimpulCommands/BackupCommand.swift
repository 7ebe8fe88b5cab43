import ArgumentParser
import Backup
import Foundation

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write an encrypted copy of the store while it serves; `backup key` makes the key it is sealed with.",
        subcommands: [Create.self, NewKey.self], defaultSubcommand: Create.self)

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Copy the store as of one moment (SQLite's online backup, or pg_dump) and seal it with the backup key.")

        @Option(help: "The backup file. Written as FILE.partial and renamed only when complete.")
        var output: String
        @OptionGroup var store: StoreLocationOptions
        @OptionGroup var key: BackupKeyOptions

        func run() async throws {
            let backupKey = try key.load()
            let dataKeyFile = store.databaseURL == nil ? (store.dataDirectory as NSString).appendingPathComponent("simpul.key") : nil
            try backupKey.requireDistinct(fromDataKeyIn: ProcessInfo.processInfo.environment, dataKeyFile: dataKeyFile)
            let summary = switch store.location {
            case .sqlite: try await SQLiteBackup.backUp(dataDirectory: store.dataDirectory, to: output, key: backupKey)
            case .postgres(let url): try await PostgresBackup.backUp(url: url, to: output, key: backupKey)
            }
            print("backup written to \(output): \(summary.backend) store, \(summary.length) bytes, SHA-256 \(summary.sha256), backup key \(summary.keyID)")
            print("it does not hold the data-encryption key (SIMPUL_KEY or simpul.key): keep a copy of that key too, apart from the backups")
        }
    }

    struct NewKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key", abstract: "Write a new random backup key (base64, mode 0600); never overwrites a file.")

        @Option(help: "The key file to create.")
        var output: String

        func run() throws {
            let key = try BackupKey.generate(writingTo: output)
            print("new backup key written to \(output) (mode 0600), id \(key.id)")
            print("keep it where the operator keeps secrets, apart from the backups and from the data directory: without it no backup can be restored")
        }
    }
}

/// The key backups are sealed with: a file, or `SIMPUL_BACKUP_KEY`.
struct BackupKeyOptions: ParsableArguments {
    @Option(help: "File holding the base64 backup key (make one with `simpul backup key`). SIMPUL_BACKUP_KEY in the environment wins.")
    var backupKeyFile: String?

    func load() throws -> BackupKey {
        try BackupKey.load(file: backupKeyFile, environment: ProcessInfo.processInfo.environment)
    }
}
