/// What is wrong with a key, a keyring or a sealed box, in words the operator can act on.
public enum KeyError: Error, CustomStringConvertible, Equatable {
    case wrongLength(Int)
    case sealFailed
    case cannotDecrypt
    case unknownKeyID(UInt32)
    case missing(String)
    case unreadable(String)
    case mismatch(String)

    public var description: String {
        switch self {
        case .wrongLength(let n): return "the encryption key must be 32 bytes (base64), found \(n) bytes"
        case .sealFailed: return "encryption failed"
        case .cannotDecrypt: return "data cannot be decrypted with this key"
        case .unknownKeyID(let id):
            return "data is sealed under key id \(id), which this keyring does not hold: give every server the keyring that has key \(id) (simpul.keyring or SIMPUL_KEYRING)"
        case .missing(let s), .unreadable(let s), .mismatch(let s): return s
        }
    }
}
