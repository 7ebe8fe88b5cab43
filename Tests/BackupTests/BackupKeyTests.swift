import Foundation
import Testing
@testable import Backup

@Suite("Backup key")
struct BackupKeyTests {
    let dir = TemporaryDirectory()

    @Test
    func aNewKeyIsReadableOnlyByItsOwnerAndNeverOverwritten() throws {
        let made = try BackupKey.generate(writingTo: dir.path("k"))

        let mode = try FileManager.default.attributesOfItem(atPath: dir.path("k"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try BackupKey.load(file: dir.path("k"), environment: [:]).id == made.id)
        let error = #expect(throws: BackupError.self) { try BackupKey.generate(writingTo: dir.path("k")) }
        #expect(error?.description.contains("exists already") == true)
        #expect(try BackupKey.load(file: dir.path("k"), environment: [:]).id == made.id)
    }

    @Test
    func theEnvironmentWinsAndABadKeyIsNamed() throws {
        let fromFile = try BackupKey.generate(writingTo: dir.path("k"))
        let inEnvironment = Data(repeating: 1, count: 32).base64EncodedString()

        #expect(try BackupKey.load(file: dir.path("k"), environment: ["SIMPUL_BACKUP_KEY": inEnvironment]).id != fromFile.id)
        let short = #expect(throws: BackupError.self) {
            try BackupKey.load(file: nil, environment: ["SIMPUL_BACKUP_KEY": Data(repeating: 1, count: 16).base64EncodedString()])
        }
        #expect(short?.description.contains("32 bytes") == true)
        let none = #expect(throws: BackupError.self) { try BackupKey.load(file: nil, environment: [:]) }
        #expect(none?.description.contains("--backup-key-file") == true)
    }

    @Test
    func theDataEncryptionKeyCannotServeAsTheBackupKey() throws {
        let dataKey = Data(repeating: 9, count: 32).base64EncodedString()
        try Data((dataKey + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("simpul.key")))
        let same = try BackupKey(bytes: Array(repeating: 9, count: 32))
        let other = try BackupKey(bytes: Array(repeating: 8, count: 32))

        #expect(throws: BackupError.self) { try same.requireDistinct(fromDataKeyIn: [:], dataKeyFile: dir.path("simpul.key")) }
        #expect(throws: BackupError.self) { try same.requireDistinct(fromDataKeyIn: ["SIMPUL_KEY": dataKey], dataKeyFile: nil) }
        try other.requireDistinct(fromDataKeyIn: ["SIMPUL_KEY": dataKey], dataKeyFile: dir.path("simpul.key"))
    }
}
