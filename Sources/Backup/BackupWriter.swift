import Crypto
import Foundation

/// What a backup holds, as recorded in it.
public struct BackupSummary: Sendable, Equatable {
    public let backend: BackupBackend
    /// Bytes of the plaintext (the SQLite file or the pg_dump archive).
    public let length: UInt64
    public let sha256: String
    public let keyID: String
    public let madeAt: Date
}

/// Encrypts a stream of plaintext into a backup file, one chunk in memory at a time. It writes
/// `OUTPUT.partial`, flushes it to disk and only then renames it to `OUTPUT`: a backup that is
/// interrupted, even by SIGKILL or a power cut, never leaves a file under the final name, and an
/// older backup at that name stays as it was until the new one is complete.
public enum BackupWriter {
    public static let defaultChunkSize = 1 << 20

    /// `read(n)` answers up to `n` bytes of plaintext, or no bytes at the end.
    @discardableResult
    public static func write(to output: String, backend: BackupBackend, key: BackupKey,
                             chunkSize: Int = defaultChunkSize, now: Date = Date(),
                             read: (Int) throws -> Data) throws -> BackupSummary {
        precondition((1...BackupHeader.maximumChunkSize).contains(chunkSize))
        let partial = output + ".partial"
        DurableFile.remove(partial)  // left by an interrupted run: ours, and never a complete backup
        let handle = try DurableFile.createNew(partial, what: "the backup")
        do {
            let summary = try seal(into: handle, backend: backend, key: key, chunkSize: chunkSize, now: now, read: read)
            try handle.synchronize()
            try handle.close()
            try DurableFile.move(partial, to: output)
            return summary
        } catch {
            try? handle.close()
            DurableFile.remove(partial)
            throw error
        }
    }

    private static func seal(into handle: FileHandle, backend: BackupBackend, key: BackupKey, chunkSize: Int,
                             now: Date, read: (Int) throws -> Data) throws -> BackupSummary {
        let madeAt = UInt64(max(0, now.timeIntervalSince1970))
        let header = BackupHeader(backend: backend, chunkSize: UInt32(chunkSize),
                                  salt: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) },
                                  keyID: key.idBytes, madeAt: madeAt)
        let cipher = ChunkCipher(backupKey: key, header: header)
        try handle.write(contentsOf: cipher.header + cipher.headerMAC)
        var hash = SHA256()
        var length: UInt64 = 0
        var index: UInt64 = 0
        while true {
            let chunk = try fill(chunkSize, read)
            if chunk.isEmpty { break }
            hash.update(data: chunk)
            length += UInt64(chunk.count)
            try handle.write(contentsOf: try cipher.seal(chunk, index: index, closing: false))
            index += 1
            if chunk.count < chunkSize { break }
        }
        let digest = Array(hash.finalize())
        try handle.write(contentsOf: try cipher.seal(Data(length.bigEndianBytes + digest), index: index, closing: true))
        return BackupSummary(backend: backend, length: length, sha256: digest.hex, keyID: key.id,
                             madeAt: Date(timeIntervalSince1970: TimeInterval(madeAt)))
    }

    /// Reads until `size` bytes or the end: a pipe answers in pieces smaller than a chunk.
    private static func fill(_ size: Int, _ read: (Int) throws -> Data) throws -> Data {
        var chunk = Data()
        chunk.reserveCapacity(size)
        while chunk.count < size {
            let piece = try read(size - chunk.count)
            if piece.isEmpty { break }
            chunk.append(piece)
        }
        return chunk
    }
}

extension Array where Element == UInt8 {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
