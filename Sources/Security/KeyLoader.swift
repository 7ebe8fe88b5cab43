import Foundation

/// Finds the root key (key 0 of the keyring, see `KeyringLoader`): `SIMPUL_KEY` (base64) in the environment, else a key file.
/// Never falls back to writing plaintext: no key, no start.
public enum KeyLoader {
    public static let environmentVariable = "SIMPUL_KEY"

    public enum Source: Sendable, Equatable {
        case environment
        case file(String)
        case generated(String)
        case keyringEnvironment
        case keyringFile(String)
    }

    /// Loads the key. When `createIfMissing` (a brand-new store), a new key file is written with
    /// mode 0600 and reported as `.generated`.
    public static func load(environment: [String: String], keyFile: String, createIfMissing: Bool) throws
        -> (FieldCipher, Source) {
        if let b64 = environment[environmentVariable], !b64.isEmpty {
            guard let bytes = Data(base64Encoded: b64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw KeyError.unreadable("\(environmentVariable) is not valid base64")
            }
            return (try FieldCipher(keyBytes: [UInt8](bytes)), .environment)
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: keyFile) {
            guard let text = try? String(contentsOfFile: keyFile, encoding: .utf8),
                  let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw KeyError.unreadable("the key file \(keyFile) does not hold a base64 key")
            }
            return (try FieldCipher(keyBytes: [UInt8](bytes)), .file(keyFile))
        }
        guard createIfMissing else {
            throw KeyError.missing("""
                No encryption key: set \(environmentVariable) or provide the key file \(keyFile). \
                This store holds encrypted identities; without its key Simpul will not start.
                """)
        }
        let bytes = FieldCipher.generateKeyBytes()
        let dir = (keyFile as NSString).deletingLastPathComponent
        if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        guard fm.createFile(atPath: keyFile, contents: Data(Data(bytes).base64EncodedString().utf8),
                            attributes: [.posixPermissions: 0o600]) else {
            throw KeyError.unreadable("cannot write the key file \(keyFile)")
        }
        return (try FieldCipher(keyBytes: bytes), .generated(keyFile))
    }
}
