import Foundation
import Testing
@testable import Backup

/// The backup file on its own: any plaintext comes back whole, and every kind of damage is named.
@Suite("Backup file")
struct BackupFileTests {
    let dir = TemporaryDirectory()
    let key = try! BackupKey(bytes: Array(repeating: 7, count: 32))

    @Test(arguments: [0, 1, 63, 64, 65, 64 * 3 + 5])
    func anyLengthComesBackWhole(_ length: Int) throws {
        let plaintext = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 * 31) })
        let file = dir.path("b.simpul-backup")
        let written = try writeBackup(plaintext, to: file)
        let (read, summary) = try readBack(file)
        #expect(read == plaintext)
        #expect(summary == written && summary.length == UInt64(length))
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
    }

    @Test
    func twoBackupsOfTheSameBytesShareNoCiphertext() throws {
        let plaintext = Data(repeating: 1, count: 200)
        try writeBackup(plaintext, to: dir.path("a"))
        try writeBackup(plaintext, to: dir.path("b"))
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.path("a"))), b = try Data(contentsOf: URL(fileURLWithPath: dir.path("b")))
        // Each file has its own salt, so its own keys: the record bodies differ throughout.
        #expect(a.count == b.count && a.suffix(100) != b.suffix(100))
    }

    @Test(arguments: [
        Damage.cutLastByte, .cutMidway, .cutAfterHeader, .flipByteInChunk1, .swapChunks0And1, .flipClosingFlag,
        .appendByte, .flipChunkSize, .notABackup, .empty,
    ])
    func damageIsNamed(_ damage: Damage) throws {
        let file = dir.path("b")
        try writeBackup(Data(repeating: 9, count: 64 * 3 + 10), to: file)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        damage.apply(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: file))

        let error = #expect(throws: BackupError.self) { try readBack(file) }
        #expect(error == damage.expected(file))
    }

    @Test
    func anotherKeyIsNamedAsTheWrongKey() throws {
        let file = dir.path("b")
        try writeBackup(Data(repeating: 9, count: 100), to: file)
        let other = try BackupKey(bytes: Array(repeating: 8, count: 32))

        let error = #expect(throws: BackupError.self) { try BackupReader.read(file, key: other) }
        #expect(error == .wrongKey(file, madeWith: key.id, given: other.id))
        #expect(error?.description.contains("wrong backup key") == true)
    }

    @Test
    func anInterruptedBackupLeavesNoFileAndTheOlderBackupStands() throws {
        let file = dir.path("b")
        let older = Data(repeating: 1, count: 100)
        try writeBackup(older, to: file)

        var served = 0
        #expect(throws: CancellationError.self) {
            try BackupWriter.write(to: file, backend: .sqlite, key: key, chunkSize: 64) { count in
                served += 1
                if served > 3 { throw CancellationError() }  // the source fails after three chunks
                return Data(repeating: 2, count: count)
            }
        }

        #expect(try readBack(file).0 == older)
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
    }

    @discardableResult
    private func writeBackup(_ plaintext: Data, to file: String) throws -> BackupSummary {
        var offset = 0
        return try BackupWriter.write(to: file, backend: .sqlite, key: key, chunkSize: 64) { count in
            // Pieces smaller than a chunk, as a pipe gives them.
            let piece = plaintext[offset..<min(plaintext.count, offset + min(count, 50))]
            offset += piece.count
            return Data(piece)
        }
    }

    @discardableResult
    private func readBack(_ file: String) throws -> (Data, BackupSummary) {
        var out = Data()
        let summary = try BackupReader.read(file, key: key) { out.append($0) }
        return (out, summary)
    }
}

/// Ways a backup file gets damaged, for a file of 3 full chunks of 64 bytes and one of 10.
enum Damage: CustomTestStringConvertible, Sendable {
    case cutLastByte, cutMidway, cutAfterHeader, flipByteInChunk1, swapChunks0And1, flipClosingFlag, appendByte
    case flipChunkSize, notABackup, empty

    static let headerEnd = 62 + 32
    static let record = 4 + 64 + 16

    func apply(_ bytes: inout [UInt8]) {
        switch self {
        case .cutLastByte: bytes.removeLast()
        case .cutMidway: bytes.removeLast(bytes.count - Self.headerEnd - Self.record - 20)
        case .cutAfterHeader: bytes.removeLast(bytes.count - Self.headerEnd)
        case .flipByteInChunk1: bytes[Self.headerEnd + Self.record + 30] ^= 0x01
        case .swapChunks0And1:
            let first = Array(bytes[Self.headerEnd..<(Self.headerEnd + Self.record)])
            bytes.replaceSubrange(Self.headerEnd..<(Self.headerEnd + Self.record), with: bytes[(Self.headerEnd + Self.record)..<(Self.headerEnd + 2 * Self.record)])
            bytes.replaceSubrange((Self.headerEnd + Self.record)..<(Self.headerEnd + 2 * Self.record), with: first)
        case .flipClosingFlag: bytes[Self.headerEnd + 3 * Self.record] |= 0x80  // the short last data chunk claims to close
        case .appendByte: bytes.append(0)
        case .flipChunkSize: bytes[12] ^= 0x01
        case .notABackup: bytes = Array("SQLite format 3\0 and so on, but not a backup".utf8)
        case .empty: bytes = []
        }
    }

    func expected(_ file: String) -> BackupError {
        switch self {
        case .cutLastByte: .truncated(file, afterChunks: 4)
        case .cutMidway: .truncated(file, afterChunks: 1)
        case .cutAfterHeader: .truncated(file, afterChunks: 0)
        case .flipByteInChunk1: .corruptedChunk(file, index: 1)
        case .swapChunks0And1: .corruptedChunk(file, index: 0)
        case .flipClosingFlag: .corruptedChunk(file, index: 3)
        case .appendByte: .trailingData(file)
        case .flipChunkSize: .damagedHeader(file)
        case .notABackup, .empty: .notABackup(file)
        }
    }

    var testDescription: String { "\(self)" }
}
