import NIOCore
import NIOPosix
import NIOSSL

/// One connection to the relay, for one message: each command awaits its reply, and a reply
/// with a code not expected ends the dialogue with the step that was refused (never its text,
/// which may echo what was sent).
struct SMTPConnection {
    private let channel: any Channel

    static let timeout = TimeAmount.seconds(10)

    /// Connects, with TLS from the first byte when `implicitTLS` is given, and reads the greeting.
    static func open(host: String, port: Int, implicitTLS: NIOSSLContext?) async throws -> SMTPConnection {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let greeting = loop.makePromise(of: SMTPReply.self)
        let hostname = SMTPRelay.serverHostname(host)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: loop).connectTimeout(timeout).channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: implicitTLS, serverHostname: hostname))
                    }
                    try channel.pipeline.syncOperations.addHandler(SMTPClientHandler(greeting: greeting, timeout: timeout))
                }
            }.connect(host: host, port: port).get()
        } catch {
            greeting.fail(error)
            throw MailError.failed("SMTP: cannot connect to \(host):\(port) (\(error))")
        }
        let connection = SMTPConnection(channel: channel)
        do {
            let hello = try await reply(greeting.futureResult, step: "the greeting", tls: implicitTLS != nil)
            try connection.expect(hello, [220], step: "the greeting")
        } catch {
            await connection.close()
            throw error
        }
        return connection
    }

    /// Sends `line` and checks the reply's code; `step` names the command in errors.
    @discardableResult
    func command(_ line: String, step: String, expect codes: Set<Int>) async throws -> SMTPReply {
        let reply = try await request(.line(line), named: step, tls: false)
        try expect(reply, codes, step: step)
        return reply
    }

    /// STARTTLS: answers once TLS is up beneath the dialogue, the relay's certificate verified
    /// for its host name.
    func startTLS(_ tls: NIOSSLContext, host: String) async throws {
        let reply = try await request(.startTLS(tls, serverHostname: SMTPRelay.serverHostname(host)), named: "STARTTLS", tls: true)
        try expect(reply, [220], step: "STARTTLS")
    }

    func close() async { try? await channel.close() }

    private func request(_ step: SMTPRequest.Step, named name: String, tls: Bool) async throws -> SMTPReply {
        let reply = channel.eventLoop.makePromise(of: SMTPReply.self)
        // A write that never reaches the handler (the channel closed) still answers.
        channel.writeAndFlush(SMTPRequest(step: step, reply: reply)).whenFailure { reply.fail($0) }
        return try await Self.reply(reply.futureResult, step: name, tls: tls)
    }

    private static func reply(_ future: EventLoopFuture<SMTPReply>, step: String, tls: Bool) async throws -> SMTPReply {
        do {
            return try await future.get()
        } catch let error as MailError {
            throw error
        } catch {
            // NIOSSL's reasons name the check that failed (certificate, host name), nothing sent.
            throw MailError.failed(tls ? "SMTP: TLS with the relay failed at \(step): \(error)" : "SMTP: \(step) failed: \(error)")
        }
    }

    private func expect(_ reply: SMTPReply, _ codes: Set<Int>, step: String) throws {
        guard codes.contains(reply.code) else { throw MailError.failed("SMTP: the relay refused \(step) with \(reply.code)") }
    }
}
