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

    public func int64(_ text: String) -> Int64 { int64s([text])[0] }

    /// Many digests at once: the key is set up once and its state copied per text (re-keying
    /// per text was most of the cost of indexing a bulk load).
    public func int64s(_ texts: [String]) -> [Int64] {
        let keyed = HMAC<SHA256>(key: SymmetricKey(data: keyBytes))
        return texts.map { text in
            var h = keyed
            var t = text
            t.withUTF8 { h.update(data: UnsafeRawBufferPointer($0)) }
            return h.finalize().withUnsafeBytes { raw in raw.prefix(8).reduce(Int64(0)) { $0 << 8 | Int64($1) } }
        }
    }
}
