import Crypto
import Foundation

/// Turns a text into a 64-bit keyed hash (HMAC-SHA256, truncated). Used where the store must
/// find equal values without holding them: the blocking keys and term counts of person
/// matching are names, NIK parts and phones, so the database keeps only these digests, and
/// without the key they cannot be recomputed from a guess.
public struct KeyedDigest: Sendable {
    private let keyBytes: [UInt8]

    public init(cipher: FieldCipher, purpose: String) {
        keyBytes = cipher.subkey(purpose)
    }

    public func int64(_ text: String) -> Int64 {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: keyBytes))
        return mac.withUnsafeBytes { raw in
            raw.prefix(8).reduce(Int64(0)) { $0 << 8 | Int64($1) }
        }
    }
}
