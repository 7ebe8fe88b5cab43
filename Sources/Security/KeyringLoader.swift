import Foundation

/// Finds the keyring: `SIMPUL_KEYRING` (base64 JSON), else the keyring file; without either, the
/// single key of `KeyLoader` is a keyring of one (key 0). Where both a keyring and a single key
/// are given, the single key must be the keyring's key 0: two roots would mean two installations.
public enum KeyringLoader {
    public static func load(environment: [String: String], keyFile: String, keyringFile: String,
                            createIfMissing: Bool) throws -> (Keyring, KeyLoader.Source) {
        guard let found = try readKeyring(environment: environment, keyringFile: keyringFile) else {
            let (cipher, source) = try KeyLoader.load(environment: environment, keyFile: keyFile, createIfMissing: createIfMissing)
            return (cipher.keyring, source)
        }
        let (keyring, source) = found
        let singleKeyGiven = !(environment[KeyLoader.environmentVariable] ?? "").isEmpty || FileManager.default.fileExists(atPath: keyFile)
        if singleKeyGiven {
            let (single, singleSource) = try KeyLoader.load(environment: environment, keyFile: keyFile, createIfMissing: false)
            guard single.keyring.root == keyring.root else {
                throw KeyError.mismatch("""
                    The key in \(singleSource.name) (fingerprint \(single.fingerprint)) is not key 0 of the keyring \
                    \(source.name) (fingerprint \(keyring.fingerprint(0)!)). Keep one of them, or make them agree.
                    """)
            }
        }
        return (keyring, source)
    }

    static func readKeyring(environment: [String: String], keyringFile: String) throws -> (Keyring, KeyLoader.Source)? {
        if let b64 = environment[Keyring.environmentVariable], !b64.isEmpty {
            guard let json = Data(base64Encoded: b64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw KeyError.unreadable("\(Keyring.environmentVariable) is not valid base64")
            }
            return (try Keyring(json: json, source: Keyring.environmentVariable), .keyringEnvironment)
        }
        guard FileManager.default.fileExists(atPath: keyringFile) else { return nil }
        guard let json = FileManager.default.contents(atPath: keyringFile) else {
            throw KeyError.unreadable("cannot read the keyring \(keyringFile)")
        }
        return (try Keyring(json: json, source: "the keyring \(keyringFile)"), .keyringFile(keyringFile))
    }
}

extension KeyLoader.Source {
    /// Where the key came from, in words.
    public var name: String {
        switch self {
        case .environment: return KeyLoader.environmentVariable
        case .file(let path), .generated(let path): return "the key file \(path)"
        case .keyringEnvironment: return Keyring.environmentVariable
        case .keyringFile(let path): return "the keyring \(path)"
        }
    }
}
