import Crypto
import Foundation

/// A signed statement that the audit log's entry `seq` had the hash `hash` at `at`, for someone
/// outside the installation to keep. Whoever holds the key can recompute a keyed chain; no one
/// can change what an anchor kept elsewhere says, so a rewritten or shortened log shows.
///
/// One line of JSON. `signature` is Ed25519 (base64) over `signedText`, checkable with
/// `publicKey` (base64, 32 bytes) alone, without the master key.
public struct AuditAnchor: Sendable, Equatable, Codable {
    /// The format's version: 1.
    public let v: Int
    public let seq: Int64
    public let hash: String
    /// The first entry hashed with the key; earlier ones are from before the chain was keyed.
    public let keyedFrom: Int64
    public let at: String
    public let publicKey: String
    public let signature: String

    /// What the signature covers: these lines joined by "\n", with no newline at the end.
    public var signedText: String {
        ["simpul audit anchor v1", String(seq), hash, String(keyedFrom), at].joined(separator: "\n")
    }

    /// True when `signature` is `publicKey`'s signature over `signedText`.
    public var isSignedByItsKey: Bool {
        guard let key = Data(base64Encoded: publicKey).flatMap({ try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }),
              let sig = Data(base64Encoded: signature) else { return false }
        return key.isValidSignature(sig, for: Data(signedText.utf8))
    }

    /// The anchor as one line of JSON, keys in a fixed order.
    public var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    public init(line: String) throws {
        guard let anchor = try? JSONDecoder().decode(Self.self, from: Data(line.utf8)) else {
            throw AnchorError.unreadable("not an audit anchor (one line of JSON with v, seq, hash, keyedFrom, at, publicKey, signature)")
        }
        guard anchor.v == 1 else { throw AnchorError.unreadable("anchor format \(anchor.v) is not known (this Simpul reads 1)") }
        self = anchor
    }

    init(seq: Int64, hash: String, keyedFrom: Int64, at: String, publicKey: String, signature: String) {
        self.v = 1
        self.seq = seq
        self.hash = hash
        self.keyedFrom = keyedFrom
        self.at = at
        self.publicKey = publicKey
        self.signature = signature
    }
}

public enum AnchorError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    public var description: String {
        switch self { case .unreadable(let s): return s }
    }
}

/// Signs audit anchors with an Ed25519 key derived from the master key, so the same key
/// always gives the same public key and nothing more needs keeping.
public struct AnchorSigner: Sendable {
    // Kept as the seed: the key types are not Sendable, and making one is cheap.
    private let seed: [UInt8]

    public init(cipher: FieldCipher) {
        seed = cipher.subkey("simpul audit anchor signing v1")
    }

    private var privateKey: Curve25519.Signing.PrivateKey {
        // A subkey is always 32 bytes, the one size this accepts.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// The public key (base64) an outside party checks anchors with.
    public var publicKey: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    public func sign(seq: Int64, hash: String, keyedFrom: Int64, at: String) throws -> AuditAnchor {
        let unsigned = AuditAnchor(seq: seq, hash: hash, keyedFrom: keyedFrom, at: at, publicKey: publicKey, signature: "")
        let signature = try privateKey.signature(for: Data(unsigned.signedText.utf8))
        return AuditAnchor(seq: seq, hash: hash, keyedFrom: keyedFrom, at: at, publicKey: publicKey,
                           signature: signature.base64EncodedString())
    }

    /// True when this key signed `anchor` and the anchor is unchanged since.
    public func signed(_ anchor: AuditAnchor) -> Bool {
        anchor.publicKey == publicKey && anchor.isSignedByItsKey
    }
}
