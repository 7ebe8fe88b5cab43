import Foundation
import NIOSSL

/// The relay notices go through, and how the connection to it is protected. Notices name cases
/// and pseudonyms, so TLS is the rule; clear text only when the operator says so, for a relay on
/// the same machine.
struct SMTPRelay: Sendable {
    enum Security: Sendable {
        /// Plain connection, upgraded with STARTTLS; a relay that does not offer it gets nothing.
        case startTLS(NIOSSLContext)
        /// TLS from the first byte (SMTPS, port 465).
        case implicitTLS(NIOSSLContext)
        /// Clear text (`--smtp-tls none`), for a relay on localhost.
        case none
    }

    /// AUTH PLAIN, only ever sent once TLS is up.
    struct Credentials: Sendable, CustomStringConvertible {
        let user: String
        let password: String
        var description: String { "\(user) (password not shown)" }
    }

    let host: String
    let port: Int
    let security: Security
    let credentials: Credentials?

    /// Verifies the relay's certificate against the system's trust store, and `extraCA` (PEM,
    /// an office's own CA) when given; the host name is checked too. TLS 1.2 at least.
    static func tlsContext(extraCA: String?) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        configuration.certificateVerification = .fullVerification
        configuration.trustRoots = .default
        if let extraCA {
            let certificates = try NIOSSLCertificate.fromPEMFile(extraCA)
            guard !certificates.isEmpty else { throw MailError.failed("no certificate in \(extraCA)") }
            configuration.additionalTrustRoots = [.certificates(certificates)]
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// The name the certificate must carry: the host as given, or none for an IP address (the
    /// certificate must then name that address, and SNI cannot carry it).
    static func serverHostname(_ host: String) -> String? {
        var v4 = in_addr(), v6 = in6_addr()
        let isAddress = inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
        return isAddress ? nil : host
    }

    /// Whether the relay is on this machine, where clear text crosses no network.
    var isLoopback: Bool {
        host == "localhost" || host == "::1" || (Self.serverHostname(host) == nil && host.hasPrefix("127."))
    }
}
