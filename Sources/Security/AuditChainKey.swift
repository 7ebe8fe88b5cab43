import Crypto
import Foundation

/// Keys the audit chain: each entry's hash is an HMAC-SHA256 over the same serialisation as
/// `AuditHash`, with a subkey of the master key. Whoever owns the database but not the key can
/// then no longer write a chain that verifies.
public struct AuditChainKey: Sendable {
    // Derived once, when the store opens: an append pays only for the HMAC.
    private let keyBytes: [UInt8]

    public init(cipher: FieldCipher) {
        keyBytes = cipher.subkey("simpul audit chain v1")
    }

    public func hash(_ entry: AuditHash.Serialised) -> String {
        mac(entry.bytes)
    }

    /// Vouches for the first keyed entry's number on a store whose older entries are unkeyed:
    /// without it, whoever rewrote the keyed tail unkeyed could move the start past the end.
    public func seal(keyedFrom: Int64) -> String {
        mac(Data("simpul audit chain keyed from \(keyedFrom)".utf8))
    }

    private func mac(_ data: Data) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: keyBytes)))
    }
}
