import Foundation

/// Why a backup could not be written or read back, in words that tell the operator what to fix.
public enum BackupError: Error, CustomStringConvertible, Equatable {
    /// The file does not start with a Simpul backup header.
    case notABackup(String)
    /// A later Simpul wrote it, in a format this one does not read.
    case unsupportedVersion(String, version: UInt8)
    /// The key given is not the one the backup was made with.
    case wrongKey(String, madeWith: String, given: String)
    /// The header (which names the key and the chunk size) was altered.
    case damagedHeader(String)
    /// Chunk `index` (counting from 0) failed its authentication tag: altered, reordered or cut.
    case corruptedChunk(String, index: UInt64)
    /// The file ends before its closing record: an interrupted or cut copy.
    case truncated(String, afterChunks: UInt64)
    /// Bytes follow the closing record.
    case trailingData(String)
    /// Every chunk authenticated but the whole does not match the recorded length or SHA-256.
    case checksumMismatch(String)
    /// The backup key is missing or unreadable.
    case key(String)
    /// The backup holds another backend's store than the one named on the command line.
    case wrongBackend(String)
    /// The target already holds a store and `--force` was not given, or cannot be replaced safely.
    case targetNotEmpty(String)
    /// The store to back up or the target to restore into is not usable.
    case store(String)
    /// `pg_dump` or `pg_restore` is missing or failed.
    case tool(String)
    /// Reading or writing a file failed.
    case io(String)

    public var description: String {
        switch self {
        case .notABackup(let file): "\(file) is not a Simpul backup (no SIMPULBK header)"
        case .unsupportedVersion(let file, let version):
            "\(file) is a Simpul backup of format version \(version), which this Simpul cannot read; use a newer Simpul"
        case .wrongKey(let file, let madeWith, let given):
            "wrong backup key for \(file): it was made with the key whose id is \(madeWith); the key given has id \(given)"
        case .damagedHeader(let file): "the header of \(file) is damaged (it does not authenticate with the key that made it)"
        case .corruptedChunk(let file, let index):
            "\(file) is corrupted: chunk \(index) does not authenticate (altered, reordered or cut)"
        case .truncated(let file, let chunks):
            "\(file) is truncated: it ends after \(chunks) data chunk(s) without its closing record (an interrupted or partial copy?)"
        case .trailingData(let file): "\(file) has bytes after its closing record: it was altered or two files were joined"
        case .checksumMismatch(let file): "\(file) does not match its recorded SHA-256 or length"
        case .key(let reason): reason
        case .wrongBackend(let reason): reason
        case .targetNotEmpty(let reason): reason
        case .store(let reason): reason
        case .tool(let reason): reason
        case .io(let reason): reason
        }
    }
}
