import Crypto
import Foundation

/// Reads a backup back, authenticating every record before its plaintext is handed on, and the
/// whole (length and SHA-256) at the closing record. Whoever consumes the plaintext must treat it
/// as unproven until `read` returns: a cut or altered file is only known at its damaged record.
public enum BackupReader {
    /// Checks the header of `input` against `key`: that it is a backup, of a format this Simpul
    /// reads, made with this key. Reads nothing past the header.
    public static func header(of input: String, key: BackupKey) throws -> BackupBackend {
        let handle = try openFile(input)
        defer { try? handle.close() }
        return try readHeader(handle, input, key).0.backend
    }

    /// Reads the whole backup, handing each authenticated chunk to `write` (pass none to verify only).
    @discardableResult
    public static func read(_ input: String, key: BackupKey, write: (Data) throws -> Void = { _ in }) throws -> BackupSummary {
        let handle = try openFile(input)
        defer { try? handle.close() }
        let (header, cipher) = try readHeader(handle, input, key)
        var hash = SHA256()
        var length: UInt64 = 0
        var index: UInt64 = 0
        while true {
            let word = try exactly(4, handle)
            guard word.count == 4 else { throw BackupError.truncated(input, afterChunks: index) }
            let lengthWord = UInt32(bigEndian: ArraySlice(word))
            let closing = lengthWord & ChunkCipher.closingFlag != 0
            let size = Int(lengthWord & ~ChunkCipher.closingFlag)
            guard size <= Int(header.chunkSize) else { throw BackupError.corruptedChunk(input, index: index) }
            let sealed = try exactly(size + ChunkCipher.tagSize, handle)
            guard sealed.count == size + ChunkCipher.tagSize else { throw BackupError.truncated(input, afterChunks: index) }
            guard let plaintext = cipher.open(sealed, index: index, closing: closing) else {
                throw BackupError.corruptedChunk(input, index: index)
            }
            if closing {
                guard try exactly(1, handle).isEmpty else { throw BackupError.trailingData(input) }
                let recorded = [UInt8](plaintext)
                let digest = Array(hash.finalize())
                guard recorded.count == 40, UInt64(bigEndian: recorded[0..<8]) == length, Array(recorded[8...]) == digest else {
                    throw BackupError.checksumMismatch(input)
                }
                return BackupSummary(backend: header.backend, length: length, sha256: digest.hex, keyID: header.keyID.hex,
                                     madeAt: Date(timeIntervalSince1970: TimeInterval(header.madeAt)))
            }
            hash.update(data: plaintext)
            length += UInt64(plaintext.count)
            try write(plaintext)
            index += 1
        }
    }

    private static func readHeader(_ handle: FileHandle, _ input: String, _ key: BackupKey) throws -> (BackupHeader, ChunkCipher) {
        let raw = try exactly(BackupHeader.size, handle)
        let header = try BackupHeader.decode([UInt8](raw), file: input)
        let mac = try exactly(BackupHeader.macSize, handle)
        guard mac.count == BackupHeader.macSize else { throw BackupError.truncated(input, afterChunks: 0) }
        let cipher = ChunkCipher(backupKey: key, header: header)
        guard cipher.headerIsAuthentic([UInt8](mac)) else {
            guard header.keyID == key.idBytes else {
                throw BackupError.wrongKey(input, madeWith: header.keyID.hex, given: key.id)
            }
            throw BackupError.damagedHeader(input)
        }
        guard (1...BackupHeader.maximumChunkSize).contains(Int(header.chunkSize)) else { throw BackupError.damagedHeader(input) }
        return (header, cipher)
    }

    private static func openFile(_ input: String) throws -> FileHandle {
        guard let handle = FileHandle(forReadingAtPath: input) else {
            throw BackupError.io("cannot read the backup \(input): no such file, or not readable")
        }
        return handle
    }

    /// Up to `count` bytes: fewer only at the end of the file.
    private static func exactly(_ count: Int, _ handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count < count {
            guard let piece = try handle.read(upToCount: count - data.count), !piece.isEmpty else { break }
            data.append(piece)
        }
        return data
    }
}
