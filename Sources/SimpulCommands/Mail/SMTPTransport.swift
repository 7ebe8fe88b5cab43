import Foundation
import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain SMTP client for a relay on the local network (Postfix and the like take over TLS and
/// delivery from there). One connection per message; ten-second timeouts; blocking, so it runs
/// off the server's event loops.
struct SMTPTransport: MailTransport {
    let host: String
    let port: Int
    let from: String

    func send(_ mail: OutgoingMail) throws {
        let fd = try connect()
        defer { close(fd) }
        var reader = LineReader(fd: fd)
        try expect(&reader, 220)
        try command(fd, &reader, "EHLO simpul", 250)
        try command(fd, &reader, "MAIL FROM:<\(from)>", 250)
        try command(fd, &reader, "RCPT TO:<\(mail.to)>", 250, 251)
        try command(fd, &reader, "DATA", 354)
        // Dot-stuffing: a line that starts with "." gets another, so it cannot end the data.
        let data = MailMessage.render(mail, from: from).components(separatedBy: "\r\n")
            .map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
        try write(fd, data + "\r\n.\r\n")
        try expect(&reader, 250)
        try? command(fd, &reader, "QUIT", 221)
    }

    private func connect() throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else {
            throw MailError.failed("cannot resolve the SMTP host")
        }
        defer { freeaddrinfo(result) }
        var info: UnsafeMutablePointer<addrinfo>? = first
        while let a = info {
            let fd = socket(a.pointee.ai_family, a.pointee.ai_socktype, a.pointee.ai_protocol)
            if fd >= 0 {
                var timeout = timeval(tv_sec: 10, tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                if Glibc.connect(fd, a.pointee.ai_addr, a.pointee.ai_addrlen) == 0 { return fd }
                close(fd)
            }
            info = a.pointee.ai_next
        }
        throw MailError.failed("cannot connect to the SMTP relay")
    }

    private func write(_ fd: Int32, _ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw MailError.failed("SMTP connection closed while writing") }
            bytes = bytes.dropFirst(n)
        }
    }

    private func command(_ fd: Int32, _ reader: inout LineReader, _ line: String, _ codes: Int...) throws {
        try write(fd, line + "\r\n")
        try expect(&reader, codes)
    }

    private func expect(_ reader: inout LineReader, _ codes: Int...) throws { try expect(&reader, codes) }

    /// Reads one reply (continuation lines are `250-…`, the last `250 …`) and checks its code.
    private func expect(_ reader: inout LineReader, _ codes: [Int]) throws {
        while true {
            let line = try reader.line()
            guard line.count >= 3, let code = Int(line.prefix(3)) else { throw MailError.failed("SMTP: unreadable reply") }
            if line.count > 3, line[line.index(line.startIndex, offsetBy: 3)] == "-" { continue }
            guard codes.contains(code) else { throw MailError.failed("SMTP refused with \(code)") }
            return
        }
    }

    struct LineReader {
        let fd: Int32
        var buffer: [UInt8] = []

        mutating func line() throws -> String {
            while true {
                if let i = buffer.firstIndex(of: 10) {
                    let line = String(decoding: buffer[..<i], as: UTF8.self).trimmingCharacters(in: .newlines)
                    buffer.removeFirst(i + 1)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 1024)
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1024) }
                guard n > 0 else { throw MailError.failed("SMTP connection closed") }
                buffer += chunk[..<n]
                guard buffer.count < 64 * 1024 else { throw MailError.failed("SMTP reply too long") }
            }
        }
    }
}

/// Sends what the outbox holds, a few at a time, every `interval` seconds.
enum MailDelivery {
    static func run(_ outbox: MailOutbox, transport: any MailTransport, interval: Duration = .seconds(15),
                    log: @escaping @Sendable (String) -> Void) async {
        while !Task.isCancelled {
            do { _ = try await deliver(outbox, transport: transport) } catch { log("mail delivery failed: \(type(of: error))") }
            try? await Task.sleep(for: interval)
        }
    }

    /// One round; answers (sent, failed).
    static func deliver(_ outbox: MailOutbox, transport: any MailTransport) async throws -> (Int, Int) {
        var sent = 0, failed = 0
        for mail in try await outbox.claim() {
            let result: Result<Void, any Error> = await withCheckedContinuation { c in
                DispatchQueue.global().async { c.resume(returning: Result { try transport.send(mail) }) }
            }
            switch result {
            case .success: try await outbox.markSent(mail.id); sent += 1
            case .failure(let e): try await outbox.markFailed(mail.id, error: "\(e)"); failed += 1
            }
        }
        return (sent, failed)
    }
}
