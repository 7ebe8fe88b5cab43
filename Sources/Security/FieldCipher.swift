import Crypto
import Foundation

/// Encrypts identity fields at rest with AES-256-GCM. The keys live outside the database (a key
/// file, a keyring or the environment); the database holds only sealed boxes and a key check that
/// tells a wrong key from a right one before anything is written.
///
/// A box names the key that sealed it (`SealedFormat`), so the keys can be rotated while the data
/// stays readable: boxes open under any key of the keyring, and new ones are sealed under the key
/// the store says is current (`sealingKeyID`).
public struct FieldCipher: Sendable {
    public let keyring: Keyring
    // Shared by every copy of this cipher (each repository holds one), so that a server learning
    // of a rotation switches all of them at once.
    private let sealing: SealingKeyID
    let subkeys = SubkeyMemo()
    /// A short fingerprint of the root key (key 0), safe to print, to tell installations apart.
    public let fingerprint: String

    public init(keyBytes: [UInt8]) throws {
        self.init(keyring: try Keyring(root: keyBytes))
    }

    public init(keyring: Keyring) {
        self.keyring = keyring
        sealing = SealingKeyID(Keyring.rootID)
        fingerprint = Keyring.fingerprint(keyring.root)
    }

    /// The root key: every derived subkey comes from it, whichever key seals.
    var rootKeyBytes: [UInt8] { keyring.root }

    /// The key new boxes are sealed under.
    public var sealingKeyID: UInt32 { sealing.value }

    /// Seals under key `id` from now on, in every copy of this cipher.
    public func sealWith(_ id: UInt32) throws {
        guard keyring.keys[id] != nil else { throw KeyError.unknownKeyID(id) }
        sealing.value = id
    }

    /// Seals `plaintext`; `context` (e.g. the person's id) is bound as associated data so a box
    /// cannot be moved to another row unnoticed, and so is the key id, so it cannot be swapped.
    public func seal(_ plaintext: Data, context: String) throws -> [UInt8] {
        let id = sealing.value
        let header = SealedFormat.header(keyID: id)
        let box = try AES.GCM.seal(plaintext, using: SymmetricKey(data: keyring.keys[id]!),
                                   authenticating: Data(header) + Data(context.utf8))
        guard let combined = box.combined else { throw KeyError.sealFailed }
        return header + [UInt8](combined)
    }

    public func open(_ sealed: [UInt8], context: String) throws -> Data {
        try openNamingKey(sealed, context: context).plaintext
    }

    /// Opens a box and says which key it was sealed under (0 for boxes from before key ids).
    public func openNamingKey(_ sealed: [UInt8], context: String) throws -> (plaintext: Data, keyID: UInt32) {
        guard let headed = SealedFormat.split(sealed) else {
            return (try openLegacy(sealed, context: context), Keyring.rootID)
        }
        let (id, body) = headed
        if let key = keyring.keys[id],
           let plain = try? Self.open(body, key: key, associated: Data(sealed.prefix(SealedFormat.headerLength)) + Data(context.utf8)) {
            return (plain, id)
        }
        // An old box whose random nonce happens to begin like a header (1 in 256).
        if let plain = try? openLegacy(sealed, context: context) { return (plain, Keyring.rootID) }
        // Key ids are given out one by one from 1: a large one is an old box's random nonce (moved
        // or damaged), not a key this keyring lacks.
        throw keyring.keys[id] == nil && id < 1 << 16 ? KeyError.unknownKeyID(id) : KeyError.cannotDecrypt
    }

    /// Boxes sealed before key ids: nonce, ciphertext and tag under key 0, bound to the context.
    private func openLegacy(_ sealed: [UInt8], context: String) throws -> Data {
        do { return try Self.open(sealed, key: keyring.root, associated: Data(context.utf8)) } catch { throw KeyError.cannotDecrypt }
    }

    private static func open(_ combined: some Collection<UInt8>, key: [UInt8], associated: Data) throws -> Data {
        try AES.GCM.open(AES.GCM.SealedBox(combined: Data(combined)), using: SymmetricKey(data: key), authenticating: associated)
    }

    public func seal<T: Encodable>(json value: T, context: String) throws -> [UInt8] {
        try seal(JSONEncoder().encode(value), context: context)
    }

    public func open<T: Decodable>(json type: T.Type, _ sealed: [UInt8], context: String) throws -> T {
        try JSONDecoder().decode(type, from: open(sealed, context: context))
    }

    /// The box stored beside the data to prove, at start-up, that this is the root key it was
    /// written with. Always sealed under the root, whichever key seals the data.
    public func makeKeyCheck() throws -> [UInt8] {
        try FieldCipher(keyBytes: rootKeyBytes).seal(Data(Self.checkPlaintext.utf8), context: "key-check")
    }

    public func verifyKeyCheck(_ sealed: [UInt8]) -> Bool {
        (try? openNamingKey(sealed, context: "key-check")).map { $0.keyID == Keyring.rootID && $0.plaintext == Data(Self.checkPlaintext.utf8) } ?? false
    }

    private static let checkPlaintext = "simpul key check v1"

    public static func generateKeyBytes() -> [UInt8] {
        SymmetricKey(size: .bits256).withUnsafeBytes { [UInt8]($0) }
    }
}

/// The id of the key that seals, shared between copies of a cipher and changed while it runs.
final class SealingKeyID: @unchecked Sendable {
    private let lock = NSLock()
    private var id: UInt32

    init(_ id: UInt32) { self.id = id }

    var value: UInt32 {
        get { lock.withLock { id } }
        set { lock.withLock { id = newValue } }
    }
}

/// Keys derived from the root, by purpose: the purposes are a few fixed names, and a bulk load
/// asked for the same one per person (HKDF each time was 8% of a million-case import's work).
final class SubkeyMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: [UInt8]] = [:]

    func key(_ purpose: String, derive: () -> [UInt8]) -> [UInt8] {
        if let key = lock.withLock({ keys[purpose] }) { return key }
        let key = derive()
        lock.withLock { keys[purpose] = key }
        return key
    }
}
