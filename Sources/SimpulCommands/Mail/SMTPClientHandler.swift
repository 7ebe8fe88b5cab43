import NIOCore
import NIOSSL
import NIOTLS

/// Sends one request at a time and answers it with the relay's reply, within `timeout`.
/// A reply nobody asked for, or bytes after the 220 to STARTTLS, end the connection: they
/// came in clear text and must not be taken for part of the protected dialogue.
final class SMTPClientHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = SMTPRequest
    typealias OutboundOut = ByteBuffer

    private let timeout: TimeAmount
    private var buffer = ByteBuffer()
    private var parser = SMTPReplyParser()
    /// The reply being waited for; the first is the greeting, asked for by connecting.
    private var waiting: EventLoopPromise<SMTPReply>?
    private var upgrade: (context: NIOSSLContext, serverHostname: String?)?
    /// The 220 to STARTTLS, held back until the TLS handshake is done.
    private var handshaking: SMTPReply?
    private var deadline: Scheduled<Void>?
    private var failure: (any Error)?

    init(greeting: EventLoopPromise<SMTPReply>, timeout: TimeAmount) {
        self.waiting = greeting
        self.timeout = timeout
    }

    func channelActive(context: ChannelHandlerContext) {
        armDeadline(context)
        context.fireChannelActive()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        guard failure == nil, waiting == nil else {
            let error = failure ?? MailError.failed("SMTP: a command before the last reply")
            request.reply.fail(error)
            promise?.fail(error)
            return
        }
        waiting = request.reply
        let line: String
        switch request.step {
        case .line(let text): line = text
        case .startTLS(let tls, let hostname): upgrade = (tls, hostname); line = "STARTTLS"
        }
        armDeadline(context)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: line + "\r\n")), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        buffer.writeBuffer(&bytes)
        do {
            while failure == nil, let reply = try parser.next(&buffer) {
                guard waiting != nil, handshaking == nil else { throw MailError.failed("SMTP: a reply nobody asked for") }
                if let tls = upgrade {
                    upgrade = nil
                    if reply.code == 220 {
                        guard buffer.readableBytes == 0 else { throw MailError.failed("SMTP: the relay sent more after agreeing to STARTTLS") }
                        let handler = try NIOSSLClientHandler(context: tls.context, serverHostname: tls.serverHostname)
                        try context.pipeline.syncOperations.addHandler(handler, position: .first)
                        handshaking = reply
                        continue
                    }
                }
                answer(reply)
            }
        } catch {
            fail(context, error)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted? = event as? TLSUserEvent, let reply = handshaking {
            handshaking = nil
            answer(reply)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) { fail(context, error) }

    func channelInactive(context: ChannelHandlerContext) {
        fail(context, MailError.failed("SMTP: the relay closed the connection"))
        context.fireChannelInactive()
    }

    private func answer(_ reply: SMTPReply) {
        deadline?.cancel()
        let promise = waiting
        waiting = nil
        promise?.succeed(reply)
    }

    /// The first failure is the one reported; the connection is of no further use.
    private func fail(_ context: ChannelHandlerContext, _ error: any Error) {
        if failure == nil { failure = error }
        deadline?.cancel()
        let promise = waiting
        waiting = nil
        handshaking = nil
        promise?.fail(failure ?? error)
        context.close(promise: nil)
    }

    private func armDeadline(_ context: ChannelHandlerContext) {
        deadline?.cancel()
        let seconds = timeout.nanoseconds / 1_000_000_000
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) {
            self.fail(context, MailError.failed("SMTP: no reply within \(seconds) seconds"))
        }
    }
}
