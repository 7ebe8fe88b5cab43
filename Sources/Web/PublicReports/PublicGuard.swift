import Crypto
import Foundation
import Reporting
import Security

/// Limits per network address for the public pages, held in this process's memory only. An
/// address is never stored: it is turned at once into a keyed hash whose key lives in memory
/// and dies with the process, and counted in windows that forget it when they pass.
actor PublicGuard {
    struct Limits: Sendable {
        /// Reports from one address in ten minutes before a challenge is asked.
        var freeReports = 3
        /// Reports from one address in an hour before it must wait.
        var maxReportsPerHour = 30
        /// Wrong receipt codes from one address in fifteen minutes before it must wait.
        var maxFailedCodes = 10
        /// Leading zero bits the proof of work needs (16 ≈ 65,000 hashes, a second or two on a phone).
        var challengeBits = 16
        /// Job-offer checks (result pages and API answers) from one address in a minute. A check
        /// stores nothing; the limit only keeps one address from taking the server's time. It is
        /// high because many phones share one address behind a carrier's NAT, and a helpline's
        /// chatbot may check for many people.
        var maxChecksPerMinute = 600

        static let standard = Limits()
    }

    let limits: Limits
    private let keyBytes: [UInt8] = SymmetricKey(size: .bits256).withUnsafeBytes { [UInt8]($0) }
    private var recent: AddressThrottle
    private var hourly: AddressThrottle
    private var failedCodes: AddressThrottle
    private var checks: AddressThrottle

    init(limits: Limits) {
        self.limits = limits
        recent = AddressThrottle(limit: limits.freeReports, window: 600)
        hourly = AddressThrottle(limit: limits.maxReportsPerHour, window: 3600)
        failedCodes = AddressThrottle(limit: limits.maxFailedCodes, window: 900)
        checks = AddressThrottle(limit: limits.maxChecksPerMinute, window: 60)
    }

    nonisolated func key(for address: String?) -> String {
        guard let address else { return "unknown" }
        return Hex.encode(HMAC<SHA256>.authenticationCode(for: Data(ClientAddress.limitKey(address).utf8),
                                                          using: SymmetricKey(data: keyBytes)).prefix(12))
    }

    /// Whether this address must answer a challenge before its next report.
    func needsChallenge(_ k: String, now: Double) -> Bool {
        recent.count(k, now: now) >= limits.freeReports
    }

    /// Counts a report; answers the seconds to wait when the address has sent too many.
    func countReport(_ k: String, now: Double) -> Double? {
        if let wait = hourly.attempt(k, now: now) { return wait }
        recent.record(k, now: now)
        return nil
    }

    /// Counts a code attempt before it is checked; nil while the address may try, else the
    /// seconds it must wait.
    func reserveCodeAttempt(_ k: String, now: Double) -> Double? {
        failedCodes.attempt(k, now: now)
    }

    /// Counts a job-offer check; answers the seconds to wait when the address has made too many.
    func countCheck(_ k: String, now: Double) -> Double? {
        checks.attempt(k, now: now)
    }

    /// A code that opened a report does not count against the address.
    func forgiveCodeAttempt(_ k: String, now: Double) {
        failedCodes.forgetLatest(k, now: now)
    }
}
