import Foundation

/// The keyring as it is kept: JSON in DIR/simpul.keyring (mode 0600), or base64 of that JSON in
/// `SIMPUL_KEYRING` where the servers get their secrets from the environment.
extension Keyring {
    public static let environmentVariable = "SIMPUL_KEYRING"

    struct Stored: Codable {
        struct Entry: Codable {
            let id: UInt32
            let key: String
        }
        var format = "simpul-keyring-1"
        var keys: [Entry]
    }

    public init(json: Data, source: String) throws {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: json), stored.format == "simpul-keyring-1" else {
            throw KeyError.unreadable("\(source) is not a Simpul keyring (JSON with format \"simpul-keyring-1\" and keys)")
        }
        var keys: [UInt32: [UInt8]] = [:]
        for entry in stored.keys {
            guard let bytes = Data(base64Encoded: entry.key) else {
                throw KeyError.unreadable("key \(entry.id) in \(source) is not base64")
            }
            guard keys.updateValue([UInt8](bytes), forKey: entry.id) == nil else {
                throw KeyError.unreadable("\(source) holds key \(entry.id) twice")
            }
        }
        do { self = try Keyring(keys: keys) } catch { throw KeyError.unreadable("\(source): \(error)") }
    }

    public func json() -> Data {
        let stored = Stored(keys: ids.map { Stored.Entry(id: $0, key: Data(keys[$0]!).base64EncodedString()) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try! encoder.encode(stored)
    }

    /// Writes the keyring to `path` with mode 0600, replacing the file in one rename so that a
    /// server starting meanwhile reads the old keyring or the new one, never half of one.
    public func write(to path: String) throws {
        let fm = FileManager.default
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let temporary = path + ".tmp-\(UUID().uuidString)"
        guard fm.createFile(atPath: temporary, contents: json(), attributes: [.posixPermissions: 0o600]) else {
            throw KeyError.unreadable("cannot write the keyring \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            try? fm.removeItem(atPath: temporary)
            throw KeyError.unreadable("cannot replace the keyring \(path)")
        }
    }
}
