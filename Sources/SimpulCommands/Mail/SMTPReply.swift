import NIOCore
import NIOSSL

/// A reply from the relay: its code and the text of each of its lines.
struct SMTPReply: Sendable {
    let code: Int
    let lines: [String]

    /// Whether an EHLO reply offers an extension (`STARTTLS`), or one with a parameter (`AUTH`
    /// `PLAIN`). The first line is the relay's greeting; the extensions follow, one a line.
    func offers(_ keyword: String, _ parameter: String? = nil) -> Bool {
        lines.dropFirst().contains { line in
            let words = line.uppercased().split(separator: " ")
            return words.first == Substring(keyword) && (parameter.map { words.dropFirst().contains(Substring($0)) } ?? true)
        }
    }
}

/// One step of the dialogue, written to the channel: a command line, or the switch to TLS;
/// `reply` is fulfilled with what the relay answers.
struct SMTPRequest: Sendable {
    enum Step: Sendable {
        case line(String)
        /// `STARTTLS`: on its 220 the handler puts TLS beneath itself, and answers once the
        /// handshake (certificate and host name checked) is done.
        case startTLS(NIOSSLContext, serverHostname: String?)
    }

    let step: Step
    let reply: EventLoopPromise<SMTPReply>
}

/// Reads replies off a byte stream: `250-…` lines continue a reply, `250 …` ends it.
struct SMTPReplyParser {
    private var lines: [String] = []

    /// The next complete reply in `buffer`, or nil when more bytes are needed.
    mutating func next(_ buffer: inout ByteBuffer) throws -> SMTPReply? {
        while let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            // Bytes, not Characters: "\r\n" is a single Character in Swift.
            var bytes = buffer.readBytes(length: end - buffer.readerIndex + 1) ?? []
            bytes.removeLast()
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            let line = String(decoding: bytes, as: UTF8.self)
            let digits = line.utf8.prefix(3)
            guard digits.count == 3, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let code = Int(String(line.prefix(3))) else {
                throw MailError.failed("SMTP: unreadable reply")
            }
            lines.append(String(line.dropFirst(4)))
            guard lines.count <= 512 else { throw MailError.failed("SMTP: reply too long") }
            if line.utf8.dropFirst(3).first == UInt8(ascii: "-") { continue }
            defer { lines = [] }
            return SMTPReply(code: code, lines: lines)
        }
        guard buffer.readableBytes < 64 * 1024 else { throw MailError.failed("SMTP: reply too long") }
        return nil
    }
}
