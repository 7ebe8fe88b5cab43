import Foundation
import Store

/// `simpul backup` and `simpul restore` for the embedded store, `DIR/simpul.sqlite`.
public enum SQLiteBackup {
    public static let fileName = "simpul.sqlite"
    public static let setAsideSuffix = ".before-restore"

    /// Copies the store with SQLite's online backup (the server may keep serving) and seals the
    /// copy into `output`. The plaintext copy is made inside the data directory — where the store
    /// already is, with its permissions — never beside the output, which may be a disk that is
    /// carried away or synchronised elsewhere; it is removed as soon as it is sealed.
    @discardableResult
    public static func backUp(dataDirectory: String, to output: String, key: BackupKey,
                              chunkSize: Int = BackupWriter.defaultChunkSize) async throws -> BackupSummary {
        let store = (dataDirectory as NSString).appendingPathComponent(fileName)
        guard DurableFile.exists(store) else { throw BackupError.store("no SQLite store at \(store): nothing to back up") }
        let copy = store + ".backup-" + UUID().uuidString
        defer { DurableFile.removeSQLite(copy) }
        // SQLite would create the copy with the umask's mode; it holds what the store holds.
        try DurableFile.createNew(copy, what: "the temporary copy").close()
        let source = try SQLiteDatabase.open(path: store)
        do {
            try await offThePool { try source.backup(to: copy) }
        } catch {
            try? await source.close()
            throw error
        }
        try await source.close()
        return try await offThePool {
            guard let handle = FileHandle(forReadingAtPath: copy) else { throw BackupError.io("cannot read the copy \(copy)") }
            defer { try? handle.close() }
            return try BackupWriter.write(to: output, backend: .sqlite, key: key, chunkSize: chunkSize) {
                try handle.read(upToCount: $0) ?? Data()
            }
        }
    }

    /// Restores the backup `input` as `DIR/simpul.sqlite`. The backup is decrypted into a new file
    /// in `DIR`, every record authenticated, the whole checked against its SHA-256 and the result
    /// against SQLite's integrity check and Simpul's schema; only then does it take the store's
    /// place, in one rename. An existing store is replaced only when `force`, and is kept as
    /// `simpul.sqlite.before-restore`. Stop the server first.
    @discardableResult
    public static func restore(from input: String, key: BackupKey, dataDirectory: String,
                               force: Bool) async throws -> RestoreOutcome {
        let store = (dataDirectory as NSString).appendingPathComponent(fileName)
        let setAside = store + setAsideSuffix
        let replacing = DurableFile.exists(store)
        if !replacing, DurableFile.exists(store + "-wal") {
            throw BackupError.targetNotEmpty("\(store)-wal exists without \(fileName): SQLite would replay it into the restored store; move it away first")
        }
        if replacing {
            guard force else {
                throw BackupError.targetNotEmpty("\(store) already holds a store: restore into an empty data directory, or give --force to replace it (the old file is kept as \(fileName)\(setAsideSuffix))")
            }
            guard !DurableFile.exists(setAside) else {
                throw BackupError.targetNotEmpty("\(setAside) exists from an earlier restore: move it away first, so that it is not lost")
            }
        }
        let backend = try BackupReader.header(of: input, key: key)
        guard backend == .sqlite else {
            throw BackupError.wrongBackend("\(input) holds a \(backend) store: restore it with --database-url")
        }
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let incoming = store + ".restore-" + UUID().uuidString
        do {
            let (summary, migrations) = try await offThePool {
                let summary = try decrypt(input, key: key, into: incoming)
                return (summary, try checked(incoming, from: input))
            }
            if replacing { try setAsideOld(store, as: setAside) }
            do {
                try DurableFile.move(incoming, to: store)
            } catch {
                if replacing { try? DurableFile.move(setAside, to: store) }  // put the old store back
                throw error
            }
            return RestoreOutcome(summary: summary, target: store, migrations: migrations, setAside: replacing ? setAside : nil)
        } catch {
            DurableFile.removeSQLite(incoming)
            throw error
        }
    }

    private static func decrypt(_ input: String, key: BackupKey, into path: String) throws -> BackupSummary {
        let handle = try DurableFile.createNew(path, what: "the restored copy")
        defer { try? handle.close() }
        let summary = try BackupReader.read(input, key: key) { try handle.write(contentsOf: $0) }
        try handle.synchronize()
        return summary
    }

    private static func checked(_ path: String, from input: String) throws -> Int {
        do {
            return try SQLiteDatabase.checkCopy(at: path)
        } catch let error as StoreError {
            throw BackupError.store("\(input) decrypted, but the store in it fails its check: \(error)")
        }
    }

    /// Empties the old store's write-ahead log into its main file, then moves the file aside. The
    /// log must not stay beside the new file: SQLite would replay the old store's pages into it.
    private static func setAsideOld(_ store: String, as setAside: String) throws {
        do {
            try SQLiteDatabase.checkpointForReplacement(at: store)
        } catch let error as StoreError {
            throw BackupError.store("\(error)")
        }
        try DurableFile.move(store, to: setAside)
        DurableFile.remove(store + "-wal", store + "-shm")
    }
}

/// What a restore did.
public struct RestoreOutcome: Sendable {
    public let summary: BackupSummary
    /// The file or database restored into.
    public let target: String
    /// Migrations recorded in the restored store (SQLite); nil for PostgreSQL.
    public let migrations: Int?
    /// Where the replaced store was kept, when one was replaced.
    public let setAside: String?
}
