import Foundation
import NIOSSL
import Testing
@testable import SimpulCommands
@testable import Store

/// Notices name cases and pseudonyms: they reach the relay in TLS, its certificate checked, or
/// not at all. Each test reads what the fake relay received, and whether TLS was up for it.
@Suite(.enabled(if: TestCertificates.openssl != nil, "needs the openssl command to make the test certificates"))
struct MailTLSTests {
    let certificates: TestCertificates
    let mail = OutgoingMail(id: "m-1", to: "dewi@dinsos.example", subject: "Rujukan baru",
                            body: "Kasus SIM-2024-0042: Mawar dirujuk ke RPTC.\n.a line that starts with a dot\nSalam")

    init() throws { certificates = try TestCertificates.shared.get() }

    func transport(_ server: FakeSMTPServer, implicit: Bool = false, user: String? = nil) throws -> SMTPTransport {
        let tls = try SMTPRelay.tlsContext(extraCA: certificates.caFile)
        let relay = SMTPRelay(host: "localhost", port: server.port, security: implicit ? .implicitTLS(tls) : .startTLS(tls),
                              credentials: user.map { .init(user: $0, password: "rahasia-123") })
        return SMTPTransport(relay: relay, from: "simpul@gugus.example")
    }

    func reason(_ error: (any Error)?) -> String { error.map { "\($0)" } ?? "no error" }

    @Test func aMessageArrivesWholeAfterSTARTTLS() async throws {
        let behaviour = FakeSMTPServer.Behaviour(startTLS: try certificates.serverContext(.localhost))
        let lines = try await FakeSMTPServer.with(behaviour) { server in
            try await transport(server).send(mail)
            return server.lines
        }
        #expect(lines.filter { !$0.overTLS }.map(\.text) == ["EHLO simpul", "STARTTLS"], "only these before TLS")
        let protected = lines.filter(\.overTLS).map(\.text)
        #expect(protected.starts(with: ["EHLO simpul", "MAIL FROM:<simpul@gugus.example>", "RCPT TO:<dewi@dinsos.example>", "DATA"]))
        #expect(protected.contains("Kasus SIM-2024-0042: Mawar dirujuk ke RPTC."))
        #expect(protected.contains("..a line that starts with a dot"), "dot-stuffed, so it cannot end the data")
        #expect(protected.suffix(3) == ["Salam", ".", "QUIT"])
    }

    @Test func implicitTLSProtectsTheWholeDialogue() async throws {
        let behaviour = FakeSMTPServer.Behaviour(implicitTLS: try certificates.serverContext(.localhost))
        let lines = try await FakeSMTPServer.with(behaviour) { server in
            try await transport(server, implicit: true).send(mail)
            return server.lines
        }
        #expect(lines.first?.text == "EHLO simpul" && lines.contains { $0.text.hasPrefix("MAIL FROM") })
        #expect(lines.allSatisfy { $0.overTLS })
    }

    @Test func aRelayWithoutSTARTTLSGetsNothing() async throws {
        let lines = try await FakeSMTPServer.with(.init(offersAuth: true)) { server in
            let error = await #expect(throws: MailError.self) { try await transport(server, user: "petugas").send(mail) }
            #expect(reason(error).contains("does not offer STARTTLS"))
            return server.lines
        }
        #expect(lines.map(\.text) == ["EHLO simpul"], "no password, no MAIL FROM, no message")
    }

    @Test(arguments: [TestCertificates.Server.otherName, .selfSigned], [false, true])
    func aCertificateNotTrustedForTheHostStopsEverything(_ presented: TestCertificates.Server, implicit: Bool) async throws {
        let tls = try certificates.serverContext(presented)
        let behaviour = implicit ? FakeSMTPServer.Behaviour(implicitTLS: tls) : FakeSMTPServer.Behaviour(startTLS: tls)
        let lines = try await FakeSMTPServer.with(behaviour) { server in
            let error = await #expect(throws: MailError.self) { try await transport(server, implicit: implicit, user: "petugas").send(mail) }
            // Each certificate fails for its own reason: the name, or the signer.
            #expect(reason(error).contains(presented == .otherName ? "failedToValidateHostname" : "CERTIFICATE_VERIFY_FAILED"))
            return server.lines
        }
        #expect(lines.map(\.text) == (implicit ? [] : ["EHLO simpul", "STARTTLS"]), "nothing reached the relay through TLS")
    }

    @Test func thePasswordIsSentOnlyOnceTLSIsUp() async throws {
        let behaviour = FakeSMTPServer.Behaviour(startTLS: try certificates.serverContext(.localhost), offersAuth: true)
        let lines = try await FakeSMTPServer.with(behaviour) { server in
            try await transport(server, user: "petugas").send(mail)
            return server.lines
        }
        let auth = try #require(lines.first { $0.text.hasPrefix("AUTH PLAIN ") })
        #expect(auth.overTLS)
        let token = try #require(Data(base64Encoded: String(auth.text.dropFirst("AUTH PLAIN ".count))))
        #expect(String(decoding: token, as: UTF8.self) == "\0petugas\0rahasia-123")
        #expect(lines.firstIndex(of: auth)! < lines.firstIndex { $0.text.hasPrefix("MAIL FROM") }!)
    }

    @Test func aRefusedPasswordIsNotInTheError() async throws {
        let behaviour = FakeSMTPServer.Behaviour(startTLS: try certificates.serverContext(.localhost), offersAuth: true, acceptsPassword: false)
        try await FakeSMTPServer.with(behaviour) { server in
            let error = await #expect(throws: MailError.self) { try await transport(server, user: "petugas").send(mail) }
            let token = Data("\0petugas\0rahasia-123".utf8).base64EncodedString()
            #expect(reason(error).contains("refused AUTH with 535"))
            #expect(!reason(error).contains("rahasia") && !reason(error).contains(token))
            #expect(!server.received("MAIL FROM"))
        }
    }

    @Test func clearTextSlippedInAfterTheSTARTTLSReplyEndsTheConnection() async throws {
        let behaviour = FakeSMTPServer.Behaviour(startTLS: try certificates.serverContext(.localhost), injectsAfterStartTLS: true)
        let lines = try await FakeSMTPServer.with(behaviour) { server in
            let error = await #expect(throws: MailError.self) { try await transport(server).send(mail) }
            // One read carries both replies, and the client says so; were they split, the clear
            // text would reach TLS beneath and fail the handshake instead.
            #expect(reason(error).contains("sent more after agreeing to STARTTLS") || reason(error).contains("TLS with the relay failed"))
            return server.lines
        }
        #expect(lines.map(\.text) == ["EHLO simpul", "STARTTLS"], "the client never went on")
    }
}
