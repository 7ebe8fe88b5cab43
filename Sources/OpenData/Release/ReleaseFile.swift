import Crypto
import Foundation

/// One file of a release: its name and exact bytes.
public struct ReleaseFile: Sendable, Hashable {
    public let name: String
    public let contents: Data

    public init(name: String, contents: Data) {
        self.name = name
        self.contents = contents
    }

    /// SHA-256 of the bytes, lower-case hex, as the manifest lists it.
    public var sha256: String { Self.hex(SHA256.hash(data: contents)) }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// JSON as a release writes it: sorted keys and no escaped slashes, so the same value is always
/// the same bytes and a signature over them can be checked by anyone.
enum ReleaseJSON {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        // Every value a release writes is plain data (strings, numbers, arrays): encoding cannot fail.
        return try! encoder.encode(value)
    }
}
