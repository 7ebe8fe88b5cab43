import Foundation
import Testing
@testable import Security

@Suite("Field encryption")
struct FieldCipherTests {
    let cipher = try! FieldCipher(keyBytes: Array(repeating: 7, count: 32))

    @Test func sealsAndOpens() throws {
        let sealed = try cipher.seal(Data("Maria Seran".utf8), context: "person:1")
        #expect(!String(decoding: sealed, as: UTF8.self).contains("Maria"))
        #expect(try cipher.open(sealed, context: "person:1") == Data("Maria Seran".utf8))
    }

    @Test func aBoxMovedToAnotherRowDoesNotOpen() throws {
        let sealed = try cipher.seal(Data("x".utf8), context: "person:1")
        #expect(throws: KeyError.cannotDecrypt) { try cipher.open(sealed, context: "person:2") }
    }

    @Test func anotherKeyDoesNotOpenAndFailsTheKeyCheck() throws {
        let other = try FieldCipher(keyBytes: Array(repeating: 8, count: 32))
        let sealed = try cipher.seal(Data("x".utf8), context: "c")
        #expect(throws: KeyError.cannotDecrypt) { try other.open(sealed, context: "c") }
        let check = try cipher.makeKeyCheck()
        #expect(cipher.verifyKeyCheck(check))
        #expect(!other.verifyKeyCheck(check))
        #expect(cipher.fingerprint != other.fingerprint)
    }

    @Test func aShortKeyIsRefused() {
        #expect(throws: KeyError.wrongLength(16)) { try FieldCipher(keyBytes: Array(repeating: 1, count: 16)) }
    }
}

@Suite("Key loading")
final class KeyLoaderTests {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-keys-\(UUID().uuidString)").path

    // Each test gets its own instance: the key files it wrote go with it.
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    @Test func aNewStoreGetsAPrivateKeyFile() throws {
        let file = dir + "/simpul.key"
        let (_, source) = try KeyLoader.load(environment: [:], keyFile: file, createIfMissing: true)
        #expect(source == .generated(file))
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let (_, again) = try KeyLoader.load(environment: [:], keyFile: file, createIfMissing: false)
        #expect(again == .file(file))
    }

    @Test func anExistingStoreWithoutItsKeyDoesNotStart() {
        #expect(throws: KeyError.self) { try KeyLoader.load(environment: [:], keyFile: dir + "/none.key", createIfMissing: false) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/none.key"))
    }

    @Test func theEnvironmentWins() throws {
        let key = Data(Array(repeating: UInt8(3), count: 32)).base64EncodedString()
        let (_, source) = try KeyLoader.load(environment: ["SIMPUL_KEY": key], keyFile: dir + "/x.key", createIfMissing: true)
        #expect(source == .environment)
        #expect(throws: KeyError.self) { try KeyLoader.load(environment: ["SIMPUL_KEY": "not base64!"], keyFile: "", createIfMissing: true) }
    }
}

@Suite("TOTP")
struct TOTPTests {
    // RFC 6238 appendix B, SHA-1 secret, last six digits of the eight-digit values.
    let totp = TOTP(secret: Array("12345678901234567890".utf8))

    @Test(arguments: [(59.0, "287082"), (1_111_111_109.0, "081804"), (1_234_567_890.0, "005924"), (2_000_000_000.0, "279037")])
    func matchesTheRFCVectors(_ time: Double, _ code: String) {
        #expect(totp.code(at: Date(timeIntervalSince1970: time)) == code)
    }

    @Test func acceptsOneStepOfDriftAndRefusesReplay() throws {
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let previous = totp.code(at: now.addingTimeInterval(-30))
        let step = try #require(totp.verify(previous, at: now))
        #expect(totp.verify(previous, at: now, notAtOrBefore: step) == nil)
        #expect(totp.verify(totp.code(at: now.addingTimeInterval(-120)), at: now) == nil)
        #expect(totp.verify("12345", at: now) == nil)
    }

    @Test func base32RoundTrips() {
        let secret = TOTP.generate()
        #expect(TOTP(base32: secret.base32Secret)?.secret == secret.secret)
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("MZXW6YTBOI") == Array("foobar".utf8))
        #expect(TOTP(base32: "not-base32!") == nil)
    }
}

@Suite("Passwords and audit hashes")
struct HashingTests {
    @Test func bcryptVerifiesOnlyTheRightPassword() {
        let hasher = PasswordHasher(cost: 4)
        let hash = hasher.hash("benar-sekali-123")
        #expect(hash.hasPrefix("$2"))
        #expect(hasher.verify("benar-sekali-123", hash: hash))
        #expect(!hasher.verify("salah-sekali-123", hash: hash))
    }

    @Test func weakPasswordsAreRefused() {
        #expect(PasswordHasher.problem(with: "pendek") != nil)
        #expect(PasswordHasher.problem(with: "aaaaaaaaaaaaaaa") != nil)
        #expect(PasswordHasher.problem(with: "kuda-lari-di-sawah") == nil)
    }

    @Test func everyFieldOfAnAuditEntryIsCovered() {
        func h(_ detail: String = "d", action: String = "a", person: String? = "p") -> String {
            AuditHash.compute(AuditHash.serialise(previous: AuditHash.genesis, sequence: 1, at: "t", actorUserID: "u", actorAgencyID: "g",
                                                  action: action, caseID: "c", personID: person, detail: detail))
        }
        #expect(h() == h())
        #expect(h() != h("e"))
        #expect(h() != h(action: "b"))
        #expect(h() != h(person: nil))
        // Length prefixes: moving a character between fields changes the hash.
        #expect(h("d", action: "ab") != h("bd", action: "a"))
    }
}
