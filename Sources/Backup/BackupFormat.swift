import Crypto
import Foundation

/// Which store a backup holds.
public enum BackupBackend: UInt8, Sendable, CustomStringConvertible {
    /// The SQLite file itself, as SQLite's online backup copied it.
    case sqlite = 1
    /// A `pg_dump --format=custom` archive.
    case postgres = 2

    public var description: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// The plain header of a backup file, format 1. On disk:
///
///     "SIMPULBK" | version (1) | backend (1) | chunk size (UInt32) | salt (32) | key id (8) | made at (UInt64 s)
///     HMAC-SHA256 of those 62 bytes (32)
///     records: length (UInt32; high bit set on the closing record) | AES-256-GCM ciphertext | tag (16)
///
/// Integers are big-endian. The closing record holds the plaintext's length (UInt64) and SHA-256.
struct BackupHeader: Equatable {
    static let magic = Array("SIMPULBK".utf8)
    static let version: UInt8 = 1
    static let size = 62
    static let macSize = 32
    /// A reader refuses larger chunks, so a damaged length cannot make it allocate gigabytes.
    static let maximumChunkSize = 64 << 20

    var backend: BackupBackend
    var chunkSize: UInt32
    var salt: [UInt8]
    var keyID: [UInt8]
    var madeAt: UInt64

    var bytes: [UInt8] {
        Self.magic + [Self.version, backend.rawValue] + chunkSize.bigEndianBytes + salt + keyID + madeAt.bigEndianBytes
    }

    /// Reads the header of `file`, refusing anything that is not a backup of this format.
    static func decode(_ raw: [UInt8], file: String) throws -> BackupHeader {
        guard raw.count >= 10, Array(raw.prefix(8)) == magic else { throw BackupError.notABackup(file) }
        guard raw[8] == version else { throw BackupError.unsupportedVersion(file, version: raw[8]) }
        guard raw.count == size else { throw BackupError.truncated(file, afterChunks: 0) }
        guard let backend = BackupBackend(rawValue: raw[9]) else { throw BackupError.damagedHeader(file) }
        return BackupHeader(backend: backend, chunkSize: UInt32(bigEndian: raw[10..<14]), salt: Array(raw[14..<46]),
                            keyID: Array(raw[46..<54]), madeAt: UInt64(bigEndian: raw[54..<62]))
    }
}

extension FixedWidthInteger {
    var bigEndianBytes: [UInt8] { withUnsafeBytes(of: self.bigEndian) { Array($0) } }

    init(bigEndian bytes: ArraySlice<UInt8>) {
        self = bytes.reduce(0) { ($0 << 8) | Self($1) }
    }
}
