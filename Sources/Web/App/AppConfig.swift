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

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: UInt8 = 12,
                requestBodyLimit: Int = 4 * 1024 * 1024) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.requestBodyLimit = requestBodyLimit
    }
}
