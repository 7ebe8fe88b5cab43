import Crypto
import Foundation

/// The Ed25519 key releases are signed with, held as its 32-byte seed so it can cross task
/// boundaries (swift-crypto's key type is not `Sendable`). Where the seed lives (a file the
/// administrator configures) is the server's business, not this type's.
public struct ReleaseSigner: Sendable {
    private let seed: Data

    public init(_ key: Curve25519.Signing.PrivateKey) {
        seed = key.rawRepresentation
    }

    /// A new key from the system's secure random source.
    public static func generate() -> ReleaseSigner { ReleaseSigner(Curve25519.Signing.PrivateKey()) }

    /// The 32-byte seed, for the store to seal at rest under its data key; never logged or shown.
    public var seedToSeal: Data { seed }

    /// nil when `seed` is not a 32-byte Ed25519 seed.
    public init?(seed: Data) {
        guard (try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)) != nil else { return nil }
        self.seed = seed
    }

    private var key: Curve25519.Signing.PrivateKey {
        // The seed was checked when the signer was made.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// The raw 32-byte public key mirrors verify with.
    public var publicKey: Data { key.publicKey.rawRepresentation }

    func signature(for data: Data) throws -> Data { try key.signature(for: data) }
}
