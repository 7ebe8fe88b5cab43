import Crypto
import Foundation

/// The keys that open the store's sealed values, by key id. Key 0 is the key Simpul was installed
/// with: it stays for good, because every derived key (receipt-code salt, blind indexes, the audit
/// chain key, the anchor signing key, signed tokens) comes from it and cannot be re-derived from
/// another without breaking what was written with it. Keys 1, 2, … are data-encryption keys that
/// `simpul key add` creates and `simpul key rotate` puts to use; they only seal.
public struct Keyring: Sendable, Equatable {
    public static let rootID: UInt32 = 0

    /// Key id → 32 key bytes. Always holds `rootID`.
    public private(set) var keys: [UInt32: [UInt8]]

    public init(keys: [UInt32: [UInt8]]) throws {
        guard keys[Self.rootID] != nil else {
            throw KeyError.unreadable("the keyring has no key 0, the root key every derived key comes from")
        }
        for (id, bytes) in keys where bytes.count != 32 {
            throw KeyError.unreadable("key \(id) of the keyring is \(bytes.count) bytes, not 32")
        }
        self.keys = keys
    }

    /// A keyring of one key: an installation from before keyrings, or a new one.
    public init(root: [UInt8]) throws {
        guard root.count == 32 else { throw KeyError.wrongLength(root.count) }
        keys = [Self.rootID: root]
    }

    public var root: [UInt8] { keys[Self.rootID]! }
    public var ids: [UInt32] { keys.keys.sorted() }

    /// Adds a new random key under the next free id and answers that id.
    public mutating func addKey(_ bytes: [UInt8] = FieldCipher.generateKeyBytes()) -> UInt32 {
        let id = (keys.keys.max() ?? 0) + 1
        keys[id] = bytes
        return id
    }

    public mutating func removeKey(_ id: UInt32) throws {
        guard id != Self.rootID else {
            throw KeyError.mismatch("key 0 cannot be retired: it is the root every derived key (receipt codes, blind indexes, the audit chain) comes from")
        }
        guard keys.removeValue(forKey: id) != nil else { throw KeyError.unknownKeyID(id) }
    }

    /// A short fingerprint of one key, safe to print (key 0's is the store's familiar fingerprint).
    public func fingerprint(_ id: UInt32) -> String? { keys[id].map(Self.fingerprint) }

    static func fingerprint(_ bytes: [UInt8]) -> String {
        Hex.encode(SHA256.hash(data: Data("simpul-key-fingerprint".utf8) + Data(bytes)).prefix(6))
    }
}
