import ArgumentParser
import Foundation
import NIOSSL

/// How `--smtp` protects the connection to the relay.
enum SMTPTLSMode: String, CaseIterable, ExpressibleByArgument {
    case starttls, implicit, none
}

/// Where notice e-mails go: an SMTP relay (in TLS unless told otherwise), or a folder.
struct MailOptions: ParsableArguments {
    @Option(help: "SMTP relay for notice e-mails, HOST:PORT. Without it, e-mails are written to --outbox.")
    var smtp: String?
    @Option(name: .customLong("smtp-tls"),
            help: "starttls (default: refuse a relay that does not offer it), implicit (port 465), or none (clear text, for a relay on this machine).")
    var smtpTLS: SMTPTLSMode?
    @Option(name: .customLong("smtp-ca-file"), help: "PEM file of a CA to trust besides the system's, for a relay with an internal CA.")
    var smtpCAFile: String?
    @Option(help: "User for AUTH PLAIN at the relay, sent only over TLS; the password is read from SIMPUL_SMTP_PASSWORD.")
    var smtpUser: String?
    @Option(help: "Sender address of notice e-mails.") var mailFrom: String = "simpul@localhost"
    @Option(help: "Folder for notice e-mails when no --smtp is given. Default: DIR/outbox.") var outbox: String?

    func validate() throws { _ = try relay(environment: ProcessInfo.processInfo.environment) }

    /// The relay, or nil without `--smtp`; a combination that cannot be meant is refused here,
    /// at start-up, rather than at the first notice.
    func relay(environment: [String: String]) throws -> SMTPRelay? {
        let password = environment["SIMPUL_SMTP_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        guard let smtp else {
            if smtpTLS != nil || smtpCAFile != nil || smtpUser != nil || password != nil {
                throw ValidationError("--smtp-tls, --smtp-ca-file, --smtp-user and SIMPUL_SMTP_PASSWORD need --smtp HOST:PORT")
            }
            return nil
        }
        let (host, port) = try Self.hostPort(smtp)
        let mode = smtpTLS ?? .starttls
        if mode == .none, smtpCAFile != nil { throw ValidationError("--smtp-ca-file has nothing to verify with --smtp-tls none") }
        if mode == .none, smtpUser != nil { throw ValidationError("--smtp-user needs TLS: the password is never sent with --smtp-tls none") }
        if smtpUser != nil, password == nil { throw ValidationError("--smtp-user needs the password in SIMPUL_SMTP_PASSWORD") }
        if smtpUser == nil, password != nil { throw ValidationError("SIMPUL_SMTP_PASSWORD is set but --smtp-user is not") }
        let credentials = smtpUser.flatMap { user in password.map { SMTPRelay.Credentials(user: user, password: $0) } }
        let security: SMTPRelay.Security
        switch mode {
        case .starttls: security = .startTLS(try tlsContext())
        case .implicit: security = .implicitTLS(try tlsContext())
        case .none: security = .none
        }
        return SMTPRelay(host: host, port: port, security: security, credentials: credentials)
    }

    private func tlsContext() throws -> NIOSSLContext {
        do { return try SMTPRelay.tlsContext(extraCA: smtpCAFile) } catch {
            guard let smtpCAFile else { throw ValidationError("--smtp: cannot set up TLS (\(error))") }
            throw ValidationError("--smtp-ca-file: cannot read a PEM certificate from \(smtpCAFile) (\(error))")
        }
    }

    static func hostPort(_ s: String) throws -> (String, Int) {
        let parts = s.split(separator: ":")
        guard parts.count == 2, !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port) else {
            throw ValidationError("--smtp must be HOST:PORT, not \(s)")
        }
        return (String(parts[0]), port)
    }

    /// The relay, or the outbox folder (`dataDirectory/outbox` unless `--outbox` names another).
    func transport(relay: SMTPRelay?, dataDirectory: String) -> any MailTransport {
        if let relay { return SMTPTransport(relay: relay, from: mailFrom) }
        return OutboxFolderTransport(directory: outbox ?? (dataDirectory as NSString).appendingPathComponent("outbox"), from: mailFrom)
    }
}
