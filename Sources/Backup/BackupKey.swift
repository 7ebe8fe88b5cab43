import Crypto
import Foundation

/// The key that seals backups: 32 random bytes, kept by the operator as base64 in a file or in
/// `SIMPUL_BACKUP_KEY`. It is not the data-encryption key (`SIMPUL_KEY`): a backup never holds
/// that key, so a stolen backup and its backup key still do not show who the victims are.
public struct BackupKey: Sendable {
    public static let environmentVariable = "SIMPUL_BACKUP_KEY"

    private let bytes: [UInt8]
    var key: SymmetricKey { SymmetricKey(data: bytes) }
    /// A short id of the key, safe to print and stored in every backup, to tell keys apart.
    public let id: String
    let idBytes: [UInt8]

    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else {
            throw BackupError.key("a backup key is 32 bytes (base64 of 44 characters); this one has \(bytes.count) bytes")
        }
        self.bytes = bytes
        idBytes = Array(HMAC<SHA256>.authenticationCode(for: Data("simpul-backup-key-id".utf8), using: SymmetricKey(data: bytes)).prefix(8))
        id = idBytes.hex
    }

    /// The key from `SIMPUL_BACKUP_KEY` when set, else from `file`. Never generates one: a backup
    /// sealed with a key nobody kept could not be restored.
    public static func load(file: String?, environment: [String: String]) throws -> BackupKey {
        if let text = environment[environmentVariable], !text.isEmpty {
            return try decode(text, from: environmentVariable)
        }
        guard let file else {
            throw BackupError.key("no backup key given: use --backup-key-file FILE or set \(environmentVariable) (create one with `simpul backup key --output FILE`)")
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw BackupError.key("cannot read the backup key file \(file)")
        }
        return try decode(text, from: "the backup key file \(file)")
    }

    /// Writes a new random key to `path` (mode 0600); refuses to overwrite an existing file, which
    /// may be the only key to older backups.
    public static func generate(writingTo path: String) throws -> BackupKey {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let handle = try DurableFile.createNew(path, what: "the backup key file")
        defer { try? handle.close() }
        try handle.write(contentsOf: Data((Data(bytes).base64EncodedString() + "\n").utf8))
        try handle.synchronize()
        return try BackupKey(bytes: bytes)
    }

    /// Refuses a backup key that is also the data-encryption key (`SIMPUL_KEY`, or the key file
    /// `dataKeyFile`): one leaked secret would then open the backups and the identities in them.
    public func requireDistinct(fromDataKeyIn environment: [String: String], dataKeyFile: String?) throws {
        let texts = [environment["SIMPUL_KEY"], dataKeyFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }]
        for text in texts.compactMap({ $0 }) {
            if Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)).map(Array.init) == bytes {
                throw BackupError.key("the backup key is the data-encryption key: make a key of its own with `simpul backup key --output FILE` and keep the two apart")
            }
        }
    }

    private static func decode(_ text: String, from source: String) throws -> BackupKey {
        guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BackupError.key("\(source) does not hold a base64 key")
        }
        return try BackupKey(bytes: Array(data))
    }
}
