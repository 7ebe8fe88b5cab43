import Crypto
import Foundation

/// Encrypts identity fields at rest with AES-256-GCM. The key lives outside the database (a key
/// file or the environment); the database holds only sealed boxes and a key check that tells a
/// wrong key from a right one before anything is written.
public struct FieldCipher: Sendable {
    // Kept as bytes: SymmetricKey is not Sendable, and making one per use is cheap.
    let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }
    /// A short fingerprint of the key, safe to print, to tell keys apart.
    public let fingerprint: String

    public init(keyBytes: [UInt8]) throws {
        guard keyBytes.count == 32 else { throw KeyError.wrongLength(keyBytes.count) }
        self.keyBytes = keyBytes
        fingerprint = Hex.encode(SHA256.hash(data: Data("simpul-key-fingerprint".utf8) + Data(keyBytes)).prefix(6))
    }

    /// Seals `plaintext`; `context` (e.g. the person's id) is bound as associated data so a box
    /// cannot be moved to another row unnoticed.
    public func seal(_ plaintext: Data, context: String) throws -> [UInt8] {
        let box = try AES.GCM.seal(plaintext, using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw KeyError.sealFailed }
        return [UInt8](combined)
    }

    public func open(_ sealed: [UInt8], context: String) throws -> Data {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            return try AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
        } catch {
            throw KeyError.cannotDecrypt
        }
    }

    public func seal<T: Encodable>(json value: T, context: String) throws -> [UInt8] {
        try seal(JSONEncoder().encode(value), context: context)
    }

    public func open<T: Decodable>(json type: T.Type, _ sealed: [UInt8], context: String) throws -> T {
        try JSONDecoder().decode(type, from: open(sealed, context: context))
    }

    /// The box stored beside the data to prove, at start-up, that this is the key it was written with.
    public func makeKeyCheck() throws -> [UInt8] {
        try seal(Data(Self.checkPlaintext.utf8), context: "key-check")
    }

    public func verifyKeyCheck(_ sealed: [UInt8]) -> Bool {
        (try? open(sealed, context: "key-check")) == Data(Self.checkPlaintext.utf8)
    }

    private static let checkPlaintext = "simpul key check v1"

    public static func generateKeyBytes() -> [UInt8] {
        SymmetricKey(size: .bits256).withUnsafeBytes { [UInt8]($0) }
    }
}

public enum KeyError: Error, CustomStringConvertible, Equatable {
    case wrongLength(Int)
    case sealFailed
    case cannotDecrypt
    case missing(String)
    case unreadable(String)
    case mismatch(String)

    public var description: String {
        switch self {
        case .wrongLength(let n): return "the encryption key must be 32 bytes (base64), found \(n) bytes"
        case .sealFailed: return "encryption failed"
        case .cannotDecrypt: return "data cannot be decrypted with this key"
        case .missing(let s), .unreadable(let s), .mismatch(let s): return s
        }
    }
}
