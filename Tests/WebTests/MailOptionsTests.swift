import Foundation
import Testing
@testable import SimpulCommands

/// `serve` refuses, at start-up and with the reason, mail settings that cannot be meant.
@Suite struct MailOptionsTests {
    @Test func aRelayIsReachedWithSTARTTLSUnlessToldOtherwise() throws {
        let relay = try #require(try MailOptions.parse(["--smtp", "relay.example:587"]).relay(environment: [:]))
        guard case .startTLS = relay.security else { Issue.record("\(relay.security)"); return }
        #expect(relay.credentials == nil)
    }

    @Test(arguments: [
        (["--smtp", "relay.example:587", "--smtp-tls", "none", "--smtp-user", "simpul"], "never sent with --smtp-tls none"),
        (["--smtp", "relay.example:587", "--smtp-tls", "none", "--smtp-ca-file", "/etc/hostname"], "nothing to verify"),
        (["--smtp", "relay.example:587", "--smtp-ca-file", "/nonexistent/ca.pem"], "cannot read a PEM certificate"),
        (["--smtp", "relay.example:587", "--smtp-tls", "sometimes"], "sometimes"),
        (["--smtp", "relay.example:587", "--smtp-password", "rahasia"], "--smtp-password"),
        (["--smtp-tls", "implicit"], "need --smtp HOST:PORT"),
        (["--smtp", "relay.example"], "HOST:PORT"),
    ])
    func aCombinationThatCannotBeMeantStopsTheStart(_ arguments: [String], _ reason: String) throws {
        let error = try #require(#expect(throws: (any Error).self) { try ServeCommand.parse(arguments) })
        #expect(ServeCommand.message(for: error).contains(reason))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SIMPUL_SMTP_PASSWORD"] == nil, "the password is set in this environment"))
    func aUserNeedsThePasswordFromTheEnvironment() throws {
        let error = try #require(#expect(throws: (any Error).self) { try ServeCommand.parse(["--smtp", "relay.example:465", "--smtp-user", "simpul"]) })
        #expect(ServeCommand.message(for: error).contains("SIMPUL_SMTP_PASSWORD"))
        let options = try MailOptions.parse(["--smtp", "relay.example:465", "--smtp-tls", "implicit"])
        #expect(throws: (any Error).self, "a password without a user is a mistake") {
            try options.relay(environment: ["SIMPUL_SMTP_PASSWORD": "rahasia"])
        }
    }
}
