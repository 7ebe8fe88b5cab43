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
    var publicLimits = PublicGuard.Limits.standard

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: UInt8 = 12,
                requestBodyLimit: Int = 4 * 1024 * 1024, receiptHashing: ReceiptHasher.Parameters = .production,
                trustedProxies: Int = 0) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.requestBodyLimit = requestBodyLimit
        self.receiptHashing = receiptHashing
        self.trustedProxies = trustedProxies
    }

    /// Public report pages accept attachments: three files of 5 MB and the form around them.
    var publicBodyLimit: Int { 16 * 1024 * 1024 }
}
