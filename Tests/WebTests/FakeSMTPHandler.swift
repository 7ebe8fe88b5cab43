import NIOCore
import NIOSSL

/// The relay's side of one connection: answers each command as a well-behaved relay would,
/// and on STARTTLS puts TLS beneath itself right after its 220.
final class FakeSMTPHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let behaviour: FakeSMTPServer.Behaviour
    private let log: Transcript
    private var buffer = ""
    private var inData = false
    private var overTLS: Bool

    init(_ behaviour: FakeSMTPServer.Behaviour, log: Transcript) {
        self.behaviour = behaviour
        self.log = log
        self.overTLS = behaviour.implicitTLS != nil
    }

    func channelActive(context: ChannelHandlerContext) {
        say(context, "220 fake.example ESMTP")
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        buffer += String(buffer: unwrapInboundIn(data))
        while let end = buffer.range(of: "\r\n") {
            let line = String(buffer[..<end.lowerBound])
            buffer.removeSubrange(..<end.upperBound)
            log.append(.init(text: line, overTLS: overTLS))
            answer(context, line)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) { context.close(promise: nil) }

    private func answer(_ context: ChannelHandlerContext, _ line: String) {
        if inData {
            if line == "." { inData = false; say(context, "250 queued") }
            return
        }
        switch line.split(separator: " ").first.map({ $0.uppercased() }) ?? "" {
        case "EHLO":
            var offers = ["fake.example"]
            if behaviour.startTLS != nil, !overTLS { offers.append("STARTTLS") }
            if behaviour.offersAuth { offers.append("AUTH PLAIN LOGIN") }
            offers.append("8BITMIME")
            say(context, offers.enumerated().map { "250\($0.offset == offers.count - 1 ? " " : "-")\($0.element)" }.joined(separator: "\r\n"))
        case "STARTTLS":
            guard let tls = behaviour.startTLS, !overTLS else { return say(context, "454 TLS not available") }
            say(context, behaviour.injectsAfterStartTLS ? "220 go ahead\r\n250 injected" : "220 go ahead")
            // The 220 has left in clear text; whatever comes next is the client's TLS handshake.
            try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
            overTLS = true
        case "AUTH": say(context, behaviour.acceptsPassword ? "235 welcome" : "535 no")
        case "DATA": inData = true; say(context, "354 go on")
        case "QUIT": say(context, "221 bye"); context.close(promise: nil)
        default: say(context, "250 ok")
        }
    }

    private func say(_ context: ChannelHandlerContext, _ reply: String) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: reply + "\r\n")), promise: nil)
    }
}
