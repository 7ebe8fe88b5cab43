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
    /// Take the client's address from `X-Forwarded-For` (behind a load balancer that sets it).
    /// Used for in-memory rate limits only.
    public var trustForwardedFor: Bool
    var publicLimits = PublicGuard.Limits.standard

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: UInt8 = 12,
                requestBodyLimit: Int = 4 * 1024 * 1024, receiptHashing: ReceiptHasher.Parameters = .production,
                trustForwardedFor: Bool = false) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.requestBodyLimit = requestBodyLimit
        self.receiptHashing = receiptHashing
        self.trustForwardedFor = trustForwardedFor
    }

    /// Public report pages accept attachments: three files of 5 MB and the form around them.
    var publicBodyLimit: Int { 16 * 1024 * 1024 }
}
