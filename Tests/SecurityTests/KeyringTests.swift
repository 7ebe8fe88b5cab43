import Crypto
import Foundation
import Testing
@testable import Security

@Suite("Keyring and key ids in sealed boxes")
struct KeyringTests {
    let root: [UInt8] = Array(repeating: 7, count: 32)

    /// Key 0 and key 1, sealing under 1.
    func rotated() throws -> FieldCipher {
        var keyring = try Keyring(root: root)
        #expect(keyring.addKey(Array(repeating: 9, count: 32)) == 1)
        let cipher = FieldCipher(keyring: keyring)
        try cipher.sealWith(1)
        return cipher
    }

    // Boxes sealed by Simpul before key ids: nonce, ciphertext, tag under key 7…7 bound to "person:1";
    // the second one's random nonce happens to begin with the byte that marks a key id.
    static let legacyBoxes = ["AAECAwQFBgcICQoLVeCbGXwpiiwF04vxM6KakqTlOCgDHL8DRcFM",
                              "AgABAgMEBQYHCAkKDTHz+rsCg69mTo/oImttKSWy9x8izwRx1MAz"]

    @Test(arguments: legacyBoxes) func boxesFromBeforeKeyIDsOpenWithKeyZero(_ b64: String) throws {
        let box = [UInt8](Data(base64Encoded: b64)!)
        let opened = try rotated().openNamingKey(box, context: "person:1")
        #expect(opened.plaintext == Data("Maria Seran".utf8) && opened.keyID == 0)
        #expect(throws: KeyError.cannotDecrypt) { try rotated().open(box, context: "person:2") }
    }

    @Test func newBoxesNameTheirKeyAndOpenWithEveryCopy() throws {
        let cipher = try rotated()
        let box = try cipher.seal(Data("Maria Seran".utf8), context: "person:1")
        #expect(Array(box.prefix(5)) == [0x02, 0, 0, 0, 1])
        let copy = cipher
        try cipher.sealWith(0)
        #expect(copy.sealingKeyID == 0, "every copy of a cipher seals under the same key")
        #expect(try copy.openNamingKey(box, context: "person:1").keyID == 1)
        #expect(try copy.seal(Data("x".utf8), context: "c").prefix(5) == [0x02, 0, 0, 0, 0])
    }

    @Test func aBoxWhoseKeyIDWasChangedDoesNotOpen() throws {
        var keyring = try Keyring(root: root)
        _ = keyring.addKey(Array(repeating: 9, count: 32))
        _ = keyring.addKey(Array(repeating: 9, count: 32))    // the same key under id 2: only the id differs
        let cipher = FieldCipher(keyring: keyring)
        try cipher.sealWith(1)
        var box = try cipher.seal(Data("Maria Seran".utf8), context: "person:1")
        box[4] = 2
        #expect(throws: KeyError.cannotDecrypt) { try cipher.open(box, context: "person:1") }
    }

    @Test func aBoxUnderAKeyTheKeyringLacksNamesTheKey() throws {
        let box = try rotated().seal(Data("x".utf8), context: "c")
        let old = try FieldCipher(keyBytes: root)
        #expect(throws: KeyError.unknownKeyID(1)) { try old.open(box, context: "c") }
        #expect(KeyError.unknownKeyID(1).description.contains("key id 1"))
    }

    @Test func derivedKeysAndTheKeyCheckStayOnTheRoot() throws {
        let single = try FieldCipher(keyBytes: root)
        let cipher = try rotated()
        #expect(cipher.subkey("simpul receipt-code salt v1") == single.subkey("simpul receipt-code salt v1"))
        #expect(cipher.fingerprint == single.fingerprint)
        #expect(single.verifyKeyCheck(try cipher.makeKeyCheck()))
        #expect(try cipher.makeKeyCheck().prefix(5) == [0x02, 0, 0, 0, 0])
    }

    @Test func aSubkeyIsHKDFOfTheRootForItsPurposeEveryTimeItIsAsked() throws {
        let cipher = try FieldCipher(keyBytes: root)
        func hkdf(_ purpose: String) -> [UInt8] {
            HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: root), info: Data(purpose.utf8), outputByteCount: 32)
                .withUnsafeBytes { [UInt8]($0) }
        }
        // Asked twice in turn: the second answer of each purpose comes from the memo.
        for _ in 0..<2 {
            #expect(cipher.subkey("simpul person search v1") == hkdf("simpul person search v1"))
            #expect(cipher.subkey("simpul audit chain v1") == hkdf("simpul audit chain v1"))
        }
        #expect(cipher.subkey("simpul person search v1") != cipher.subkey("simpul audit chain v1"))
        // A copy shares the memo; another root's cipher does not.
        let copy = cipher
        #expect(copy.subkey("simpul audit chain v1") == hkdf("simpul audit chain v1"))
        let other = try FieldCipher(keyBytes: [UInt8](repeating: 9, count: 32))
        #expect(other.subkey("simpul audit chain v1") != hkdf("simpul audit chain v1"))
    }

    @Test func sealingUnderAKeyNotHeldIsRefused() throws {
        #expect(throws: KeyError.unknownKeyID(3)) { try rotated().sealWith(3) }
    }

    @Test func keyZeroCannotBeRemoved() throws {
        var keyring = try rotated().keyring
        #expect(throws: KeyError.self) { try keyring.removeKey(0) }
        try keyring.removeKey(1)
        #expect(keyring.ids == [0])
    }
}

@Suite("Keyring loading")
final class KeyringLoaderTests {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-keyring-\(UUID().uuidString)").path

    // Each test gets its own instance: the key files it wrote go with it.
    deinit { try? FileManager.default.removeItem(atPath: dir) }
    var keyFile: String { dir + "/simpul.key" }
    var keyringFile: String { dir + "/simpul.keyring" }

    @Test func aKeyFileAloneIsAKeyringOfOne() throws {
        let (single, _) = try KeyLoader.load(environment: [:], keyFile: keyFile, createIfMissing: true)
        let (keyring, source) = try KeyringLoader.load(environment: [:], keyFile: keyFile, keyringFile: keyringFile, createIfMissing: false)
        #expect(keyring.ids == [0] && keyring.root == single.keyring.root && source == .file(keyFile))
    }

    @Test func theKeyringFileIsPrivateAndReadsBack() throws {
        let (single, _) = try KeyLoader.load(environment: [:], keyFile: keyFile, createIfMissing: true)
        var keyring = single.keyring
        _ = keyring.addKey()
        try keyring.write(to: keyringFile)
        #expect(try FileManager.default.attributesOfItem(atPath: keyringFile)[.posixPermissions] as? Int == 0o600)
        let (read, source) = try KeyringLoader.load(environment: [:], keyFile: keyFile, keyringFile: keyringFile, createIfMissing: false)
        #expect(read == keyring && source == .keyringFile(keyringFile))
        let env = [Keyring.environmentVariable: keyring.json().base64EncodedString()]
        #expect(try KeyringLoader.load(environment: env, keyFile: dir + "/none.key", keyringFile: dir + "/none", createIfMissing: false).0 == keyring)
    }

    @Test func aKeyringWhoseRootIsNotTheKeyFileIsRefused() throws {
        _ = try KeyLoader.load(environment: [:], keyFile: keyFile, createIfMissing: true)
        try Keyring(root: Array(repeating: 1, count: 32)).write(to: keyringFile)
        #expect(throws: KeyError.self) {
            try KeyringLoader.load(environment: [:], keyFile: keyFile, keyringFile: keyringFile, createIfMissing: false)
        }
    }

    @Test func aKeyringWithoutKeyZeroIsRefusedSayingSo() throws {
        let json = Data(#"{"format":"simpul-keyring-1","keys":[{"id":1,"key":"\#(Data(Array(repeating: UInt8(1), count: 32)).base64EncodedString())"}]}"#.utf8)
        #expect { try Keyring(json: json, source: "k") } throws: { "\($0)".contains("no key 0") }
    }
}
