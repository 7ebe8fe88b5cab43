import Crypto
import _CryptoExtras
import Foundation

/// Turns a receipt code into what the store keeps: scrypt over the code with an installation
/// salt derived from the master key. The salt never reaches the database, so a stolen copy
/// cannot even be attacked offline without the key; with it, each guess still costs the full
/// hash. The same code always gives the same hash, so a report is found by one indexed lookup.
public struct ReceiptHasher: Sendable {
    public struct Parameters: Sendable, Hashable {
        public let logN: Int
        public let r: Int
        public let p: Int

        /// Production: 2^16 × 8 × 128 bytes = 64 MiB and well over 100 ms of CPU per hash.
        public static let production = Parameters(logN: 16, r: 8, p: 1)
        /// Microseconds per hash. Only for tests and the storage benchmark: never for real reports.
        public static let insecureForTests = Parameters(logN: 4, r: 1, p: 1)

        /// Stored beside each hash, so the cost can be raised later and old codes still found.
        public var label: String { "scrypt-n\(logN)-r\(r)-p\(p)" }
        public var isInsecure: Bool { logN < 14 }

        public init(logN: Int, r: Int, p: Int) {
            self.logN = logN
            self.r = r
            self.p = p
        }

        /// Reads a stored `label` back; nil for anything else (or a cost no server would use).
        public init?(label: String) {
            let parts = label.split(separator: "-")
            guard parts.count == 4, parts[0] == "scrypt", parts[1].hasPrefix("n"), parts[2].hasPrefix("r"), parts[3].hasPrefix("p"),
                  let n = Int(parts[1].dropFirst()), let r = Int(parts[2].dropFirst()), let p = Int(parts[3].dropFirst()),
                  (1...22).contains(n), (1...32).contains(r), (1...16).contains(p) else { return nil }
            self.init(logN: n, r: r, p: p)
        }
    }

    public let parameters: Parameters
    private let salt: [UInt8]

    public init(parameters: Parameters, cipher: FieldCipher) {
        self.parameters = parameters
        self.salt = cipher.subkey("simpul receipt-code salt v1")
    }

    /// The hash of a code's digits, as hex. Slow by design: call it off the event loop.
    public func hash(digits: String) -> String {
        let key = try! KDF.Scrypt.deriveKey(from: Array(digits.utf8), salt: salt, outputByteCount: 32,
                                            rounds: 1 << parameters.logN, blockSize: parameters.r,
                                            parallelism: parameters.p)
        return key.withUnsafeBytes { Hex.encode($0) }
    }
}

extension FieldCipher {
    /// A key for one purpose, derived from the root key (HKDF-SHA256; key 0, which rotation never
    /// changes, since what was derived before could not be recomputed), so a leak of one
    /// purpose's key reveals neither the master nor the others.
    public func subkey(_ purpose: String) -> [UInt8] {
        subkeys.key(purpose) {
            HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: rootKeyBytes), info: Data(purpose.utf8), outputByteCount: 32)
                .withUnsafeBytes { [UInt8]($0) }
        }
    }
}
