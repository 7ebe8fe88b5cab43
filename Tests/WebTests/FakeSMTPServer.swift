import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// An SMTP relay on 127.0.0.1 for one test. It records every line it is sent and whether TLS
/// was up when the line came, so a test can say what crossed the wire in clear text.
final class FakeSMTPServer: Sendable {
    struct Behaviour: Sendable {
        /// Offers STARTTLS and upgrades with this certificate; nil offers no TLS at all.
        var startTLS: NIOSSLContext?
        /// TLS from the first byte (port 465 style).
        var implicitTLS: NIOSSLContext?
        var offersAuth = false
        var acceptsPassword = true
        /// Sends a second reply right behind the 220 to STARTTLS, in clear text.
        var injectsAfterStartTLS = false
    }

    struct Line: Sendable, Equatable {
        let text: String
        let overTLS: Bool
    }

    let port: Int
    private let channel: any Channel
    private let log: Transcript

    /// Starts a server, runs `body` against it, and stops it whatever `body` does.
    static func with<T>(_ behaviour: Behaviour, _ body: (FakeSMTPServer) async throws -> T) async throws -> T {
        let server = try await FakeSMTPServer(behaviour)
        do {
            let result = try await body(server)
            try await server.channel.close()
            return result
        } catch {
            try? await server.channel.close()
            throw error
        }
    }

    private init(_ behaviour: Behaviour) async throws {
        let log = Transcript()
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let implicit = behaviour.implicitTLS {
                        try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: implicit))
                    }
                    try child.pipeline.syncOperations.addHandler(FakeSMTPHandler(behaviour, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
        self.log = log
    }

    var lines: [Line] { log.lines }
    var text: String { lines.map(\.text).joined(separator: "\n") }
    func received(_ prefix: String) -> Bool { lines.contains { $0.text.hasPrefix(prefix) } }
}

/// The lines received, shared by the event loop that writes and the test that reads.
final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [FakeSMTPServer.Line] = []

    func append(_ line: FakeSMTPServer.Line) { lock.withLock { stored.append(line) } }
    var lines: [FakeSMTPServer.Line] { lock.withLock { stored } }
}
