import Foundation
import Store

/// How an outbox message leaves Simpul: to an SMTP relay, or into a folder of `.eml` files when
/// no relay is configured (a small office can read them, or a later relay can pick them up).
protocol MailTransport: Sendable {
    func send(_ mail: OutgoingMail) async throws
}

enum MailMessage {
    /// An RFC 5322 message with CRLF line ends; header values cannot carry a line break.
    static func render(_ m: OutgoingMail, from: String, date: Date = Date()) -> String {
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
        let subject = "=?UTF-8?B?" + Data(clean(m.subject).utf8).base64EncodedString() + "?="
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let body = m.body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        return [
            "From: Simpul <\(clean(from))>", "To: <\(clean(m.to))>", "Subject: \(subject)", "Date: \(formatter.string(from: date))",
            "Message-ID: <\(m.id)@simpul>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit", "", body,
        ].joined(separator: "\r\n")
    }
}

/// Writes each message as a file, readable by its owner only.
struct OutboxFolderTransport: MailTransport {
    let directory: String
    let from: String

    func send(_ mail: OutgoingMail) async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let path = (directory as NSString).appendingPathComponent("\(Int(Date().timeIntervalSince1970))-\(mail.id).eml")
        guard FileManager.default.createFile(atPath: path, contents: Data(MailMessage.render(mail, from: from).utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw MailError.failed("cannot write \(path)")
        }
    }
}

enum MailError: Error, CustomStringConvertible {
    case failed(String)
    var description: String { if case .failed(let s) = self { return s }; return "mail failed" }
}
