import Crypto
import Foundation
import Reporting
import Security

/// Failed sign-ins counted per network address, beside the per-account lock-out: one address
/// trying many usernames locks no account but is slowed here. In memory only; the address is a
/// keyed hash whose key dies with the process.
actor SignInThrottle {
    /// Failed sign-ins from one address (an IPv6 /64) in fifteen minutes before it must wait.
    static let maxFailures = 20
    private var failures = AddressThrottle(limit: maxFailures, window: 900)
    private let keyBytes: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { [UInt8]($0) }

    private func key(_ address: String?) -> String {
        guard let address else { return "unknown" }
        let data = Data(ClientAddress.limitKey(address).utf8)
        return Hex.encode(HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: keyBytes)).prefix(12))
    }

    /// Nil while the address may try, else the seconds it must wait.
    func mayTry(_ address: String?, now: Double = Date().timeIntervalSince1970) -> Double? {
        failures.wait(key(address), now: now)
    }

    func countFailure(_ address: String?, now: Double = Date().timeIntervalSince1970) {
        failures.record(key(address), now: now)
    }
}
