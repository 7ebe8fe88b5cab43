import Foundation
import Logging
import Store
import Testing
@testable import Backup

@Suite("SQLite backup and restore")
struct SQLiteBackupTests {
    let dir = TemporaryDirectory()
    let key = try! BackupKey(bytes: Array(repeating: 3, count: 32))

    @Test
    func aBackupRestoresIntoAnEmptyDirectoryAsTheSameStore() async throws {
        let source = try await StoreSample.sqliteStore(in: dir.path("live"))
        let before = try await TableDump.of(source)

        let made = try await SQLiteBackup.backUp(dataDirectory: dir.path("live"), to: dir.path("b"), key: key, chunkSize: 4096)
        let restored = try await SQLiteBackup.restore(from: dir.path("b"), key: key, dataDirectory: dir.path("new"), force: false)

        #expect(restored.summary == made && restored.setAside == nil)
        #expect(restored.migrations == Migrations.all.count)
        #expect(dir.listing("new") == ["simpul.sqlite"])
        #expect(dir.listing() == ["b", "live", "new"])  // no temporary copy left anywhere
        let copy = try SQLiteDatabase.open(path: dir.path("new/simpul.sqlite"))
        let after = try await TableDump.of(copy)
        #expect(after == before)
        #expect(after.tables["case_persons"]?.count == 3 && after.rowCount > 20)
        // The restored store opens with the key of the store that was backed up, and only with it.
        try await copy.close()
        try await source.close()
        let reopened = try await SimpulStore.open(.sqlite(path: dir.path("new/simpul.sqlite")), keyFile: "/nonexistent",
                                                  environment: ["SIMPUL_KEY": Data(repeating: 42, count: 32).base64EncodedString()],
                                                  logger: Logger(label: "test"))
        #expect(try await reopened.store.audit.verify().isIntact)
        try await reopened.store.db.close()
    }

    @Test
    func aBackupDoesNotHoldTheDataEncryptionKey() async throws {
        let source = try await StoreSample.sqliteStore(in: dir.path("live"))
        try await source.close()
        let masterKey = Data(repeating: 42, count: 32)
        try masterKey.base64EncodedData().write(to: URL(fileURLWithPath: dir.path("live/simpul.key")))

        try await SQLiteBackup.backUp(dataDirectory: dir.path("live"), to: dir.path("b"), key: key)

        var plaintext = Data()
        try BackupReader.read(dir.path("b"), key: key) { plaintext.append($0) }
        #expect(plaintext.range(of: masterKey) == nil)
        #expect(plaintext.range(of: masterKey.base64EncodedData()) == nil)
        #expect(plaintext.range(of: Data("Maria Goreti".utf8)) == nil)  // identities stay sealed inside
    }

    @Test
    func aBackupTakenWhileTheServerWritesRestoresAsTheStoreAtOneMoment() async throws {
        let source = try await StoreSample.sqliteStore(in: dir.path("live"))

        let window = try await AuditLoad.during(source) {
            try await SQLiteBackup.backUp(dataDirectory: dir.path("live"), to: dir.path("b"), key: key, chunkSize: 4096)
        }

        try await SQLiteBackup.restore(from: dir.path("b"), key: key, dataDirectory: dir.path("new"), force: false)
        let copy = try SQLiteDatabase.open(path: dir.path("new/simpul.sqlite"))
        try await AuditLoad.expectRestoredAtOneMoment(copy, from: source, within: window)
        try await copy.close()
        try await source.close()
    }

    @Test
    func anExistingStoreIsReplacedOnlyWithForceAndKeptAside() async throws {
        let existing = try await StoreSample.sqliteStore(in: dir.path("old"), cases: 1)
        let old = try await TableDump.of(existing)
        try await existing.close()
        let source = try await StoreSample.sqliteStore(in: dir.path("live"), cases: 4)
        try await source.close()
        try await SQLiteBackup.backUp(dataDirectory: dir.path("live"), to: dir.path("b"), key: key)
        let oldBytes = try fileBytes(dir.path("old/simpul.sqlite"))

        let refused = await #expect(throws: BackupError.self) {
            try await SQLiteBackup.restore(from: dir.path("b"), key: key, dataDirectory: dir.path("old"), force: false)
        }
        #expect(refused?.description.contains("--force") == true)
        #expect(try fileBytes(dir.path("old/simpul.sqlite")) == oldBytes)

        let outcome = try await SQLiteBackup.restore(from: dir.path("b"), key: key, dataDirectory: dir.path("old"), force: true)
        #expect(outcome.setAside == dir.path("old/simpul.sqlite.before-restore"))
        #expect(dir.listing("old") == ["simpul.sqlite", "simpul.sqlite.before-restore"])
        let setAside = try SQLiteDatabase.open(path: dir.path("old/simpul.sqlite.before-restore"))
        #expect(try await TableDump.of(setAside) == old)
        try await setAside.close()
        let copy = try SQLiteDatabase.open(path: dir.path("old/simpul.sqlite"))
        #expect(try await TableDump.of(copy).tables["case_persons"]?.count == 4)
        try await copy.close()

        // A second forced restore would lose the first set-aside store: refused.
        await #expect(throws: BackupError.self) {
            try await SQLiteBackup.restore(from: dir.path("b"), key: key, dataDirectory: dir.path("old"), force: true)
        }
    }

    @Test(arguments: [Refusal.truncated, .flippedByte, .wrongKey, .notABackup, .postgresBackup])
    func aBadBackupIsRefusedAndTheStoreIsUntouched(_ refusal: Refusal) async throws {
        try await StoreSample.sqliteStore(in: dir.path("target"), cases: 1).close()
        try await StoreSample.sqliteStore(in: dir.path("live")).close()
        try await SQLiteBackup.backUp(dataDirectory: dir.path("live"), to: dir.path("b"), key: key, chunkSize: 4096)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir.path("b"))))
        var restoreKey = key
        switch refusal {
        case .truncated: bytes.removeLast(5000)
        case .flippedByte: bytes[bytes.count / 2] ^= 0x40
        case .wrongKey: restoreKey = try BackupKey(bytes: Array(repeating: 4, count: 32))
        case .notABackup: bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir.path("live/simpul.sqlite"))))
        case .postgresBackup:
            try BackupWriter.write(to: dir.path("pg"), backend: .postgres, key: key) { _ in Data() }
            bytes = try [UInt8](fileBytes(dir.path("pg")))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: dir.path("b")))
        let before = try fileBytes(dir.path("target/simpul.sqlite"))
        let listing = dir.listing("target")

        let error = await #expect(throws: BackupError.self) {
            try await SQLiteBackup.restore(from: dir.path("b"), key: restoreKey, dataDirectory: dir.path("target"), force: true)
        }

        #expect(error?.description.contains(refusal.named) == true, "\(String(describing: error))")
        #expect(try fileBytes(dir.path("target/simpul.sqlite")) == before)
        #expect(dir.listing("target") == listing)
    }

    enum Refusal: Sendable {
        case truncated, flippedByte, wrongKey, notABackup, postgresBackup

        var named: String {
            switch self {
            case .truncated: "truncated"
            case .flippedByte: "corrupted: chunk"
            case .wrongKey: "wrong backup key"
            case .notABackup: "not a Simpul backup"
            case .postgresBackup: "holds a PostgreSQL store"
            }
        }
    }
}

func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}
