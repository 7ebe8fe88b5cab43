import Security
import Foundation

/// Everything the web application needs to know at start-up. Built once from the command line
/// and environment by the `serve` command, and directly by tests.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    /// Set `Secure` on cookies. On when the public URL is https; also honoured per request from
    /// `X-Forwarded-Proto: https` set by a TLS-terminating proxy.
    public var secureCookies: Bool
    /// bcrypt cost for new passwords (tests lower it; production keeps 12).
    public var bcryptCost: UInt8
    public var requestBodyLimit: Int
    /// Cost of hashing receipt codes; only tests and the storage benchmark lower it.
    public var receiptHashing: ReceiptHasher.Parameters
    /// How many proxies in front of Simpul append to `X-Forwarded-For` (0: none, the peer is the
    /// client). The client is the entry the outermost of them added. Rate limits only.
    public var trustedProxies: Int
    /// Who may read `/metrics`: nobody unless configured.
    public var metricsAccess: MetricsAccess
    var publicLimits = PublicGuard.Limits.standard

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: UInt8 = 12,
                requestBodyLimit: Int = 4 * 1024 * 1024, receiptHashing: ReceiptHasher.Parameters = .production,
                trustedProxies: Int = 0, metricsAccess: MetricsAccess = .none) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.requestBodyLimit = requestBodyLimit
        self.receiptHashing = receiptHashing
        self.trustedProxies = trustedProxies
        self.metricsAccess = metricsAccess
    }

    /// Public report pages accept attachments: three files of 5 MB and the form around them.
    var publicBodyLimit: Int { 16 * 1024 * 1024 }
}

/// Who may read `/metrics`: a scraper connecting from one of `addresses` (the connection's own
/// peer, never a forwarded header), or any client sending `Authorization: Bearer <token>`.
public struct MetricsAccess: Sendable {
    public var addresses: Set<String>
    public var token: String?

    public static let none = MetricsAccess(addresses: [], token: nil)

    public init(addresses: Set<String>, token: String?) {
        self.addresses = addresses
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    }

    func allows(peer: String?, authorization: String?) -> Bool {
        if let peer, addresses.contains(peer) { return true }
        guard let token, let authorization, authorization.hasPrefix("Bearer ") else { return false }
        return Secrets.constantTimeEqual(String(authorization.dropFirst(7)), token)
    }
}
