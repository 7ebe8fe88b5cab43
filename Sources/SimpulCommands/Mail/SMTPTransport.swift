import Foundation
import NIOSSL
import Store

/// Sends each message over a connection of its own, in TLS unless the relay is configured as
/// clear text; ten seconds for each reply.
struct SMTPTransport: MailTransport {
    let relay: SMTPRelay
    let from: String

    func send(_ mail: OutgoingMail) async throws {
        // An address with a line break or bracket could add commands of its own.
        for (role, address) in [("sender", from), ("recipient", mail.to)]
        where address.isEmpty || address.unicodeScalars.contains(where: { "\r\n<>".unicodeScalars.contains($0) }) {
            throw MailError.failed("SMTP: the \(role) address is empty or has a line break or bracket")
        }
        let implicitTLS: NIOSSLContext? = if case .implicitTLS(let tls) = relay.security { tls } else { nil }
        let connection = try await SMTPConnection.open(host: relay.host, port: relay.port, implicitTLS: implicitTLS)
        do {
            try await dialogue(connection, mail)
            await connection.close()
        } catch {
            await connection.close()
            throw error
        }
    }

    private func dialogue(_ connection: SMTPConnection, _ mail: OutgoingMail) async throws {
        var ehlo = try await connection.command("EHLO simpul", step: "EHLO", expect: [250])
        let encrypted: Bool
        switch relay.security {
        case .startTLS(let tls):
            guard ehlo.offers("STARTTLS") else {
                throw MailError.failed("SMTP: \(relay.host):\(relay.port) does not offer STARTTLS; nothing was sent "
                                       + "(--smtp-tls implicit for port 465, or --smtp-tls none only for a relay on this machine)")
            }
            try await connection.startTLS(tls, host: relay.host)
            // What the relay offered before TLS may have been altered on the way; ask again.
            ehlo = try await connection.command("EHLO simpul", step: "EHLO", expect: [250])
            encrypted = true
        case .implicitTLS: encrypted = true
        case .none: encrypted = false
        }
        if let credentials = relay.credentials {
            guard encrypted else { throw MailError.failed("SMTP: the password is only sent over TLS") }
            guard ehlo.offers("AUTH", "PLAIN") else { throw MailError.failed("SMTP: the relay does not offer AUTH PLAIN") }
            let token = Data("\0\(credentials.user)\0\(credentials.password)".utf8).base64EncodedString()
            try await connection.command("AUTH PLAIN \(token)", step: "AUTH", expect: [235])
        }
        try await connection.command("MAIL FROM:<\(from)>", step: "MAIL FROM", expect: [250])
        try await connection.command("RCPT TO:<\(mail.to)>", step: "RCPT TO", expect: [250, 251])
        try await connection.command("DATA", step: "DATA", expect: [354])
        // Dot-stuffing: a line that starts with "." gets another, so it cannot end the data.
        let data = MailMessage.render(mail, from: from).components(separatedBy: "\r\n")
            .map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
        try await connection.command(data + "\r\n.", step: "the message", expect: [250])
        _ = try? await connection.command("QUIT", step: "QUIT", expect: [221])
    }
}
