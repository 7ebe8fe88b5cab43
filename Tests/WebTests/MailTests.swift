import Cases
import Foundation
import Security
import Testing
@testable import SimpulCommands
@testable import Store

/// Notices become e-mails in the store's outbox, and leave by SMTP or into a folder.
@Suite struct MailTests {
    /// Nothing listens on port 1.
    static let downRelay = SMTPTransport(relay: SMTPRelay(host: "127.0.0.1", port: 1, security: .none, credentials: nil), from: "x@localhost")

    static func store(_ db: any SQLDatabase) async throws -> SimpulStore {
        try await Migrations.migrate(db)
        let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: Array(repeating: 3, count: 32)))
        try await store.agencies.create(Agency(id: "ag-s", code: "DINSOS", name: "Dinas Sosial", kind: .socialAffairs, provinceCode: nil))
        _ = try await store.users.create(username: "a", displayName: "A", agencyID: "ag-s", role: .socialWorker, email: "dewi@dinsos.example",
                                         passwordHash: "x")
        _ = try await store.users.create(username: "b", displayName: "B", agencyID: "ag-s", role: .socialWorker, email: nil, passwordHash: "x")
        return store
    }

    @Test(arguments: TestBackend.available)
    func aNoticeIsMailedOnceOverSMTP(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await Self.store(db)
            try await store.db.transaction { tx in
                try await CoordinationRepository.insertNotice(Notice(agencyID: "ag-s", caseID: nil, recordID: "r-1",
                                                                     text: ("Rujukan baru: Rehabilitasi kesehatan", "New referral: Health rehabilitation")), in: tx)
            }
            #expect(try await store.outbox.pendingCount() == 1, "only the user with an address gets mail")
            let (sent, failed, transcript) = try await FakeSMTPServer.with(.init()) { smtp in
                // Clear text only because the operator chose it, for a relay on this machine.
                let options = try MailOptions.parse(["--smtp", "127.0.0.1:\(smtp.port)", "--smtp-tls", "none", "--mail-from", "simpul@gugus.example"])
                let transport = options.transport(relay: try options.relay(environment: [:]), dataDirectory: "unused")
                let (sent, failed) = try await MailDelivery.deliver(store.outbox, transport: transport)
                return (sent, failed, smtp.text)
            }
            #expect(sent == 1 && failed == 0)
            #expect(transcript.contains("RCPT TO:<dewi@dinsos.example>"))
            #expect(transcript.contains("New referral: Health rehabilitation"))
            #expect(try await store.outbox.pendingCount() == 0)
            #expect(try await MailDelivery.deliver(store.outbox, transport: Self.downRelay) == (0, 0),
                    "nothing is sent twice")
        }
    }

    @Test func withoutARelayMailGoesToAFolderAndAFailureIsRetried() async throws {
        try await TestBackend.sqlite.withDatabase { db in
            let store = try await Self.store(db)
            try await store.db.transaction { tx in
                try await CoordinationRepository.insertNotice(Notice(agencyID: "ag-s", caseID: nil, recordID: nil, text: ("Tugas baru", "New task")), in: tx)
            }
            // A relay that is down: the message stays queued with the reason.
            let (_, failed) = try await MailDelivery.deliver(store.outbox, transport: Self.downRelay)
            #expect(failed == 1)
            #expect(try await store.outbox.pendingCount() == 1)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)").path
            let (sent, _) = try await MailDelivery.deliver(store.outbox, transport: OutboxFolderTransport(directory: folder, from: "simpul@localhost"))
            #expect(sent == 1)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(files.count == 1 && files[0].hasSuffix(".eml"))
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(files[0]), encoding: .utf8)
            #expect(text.contains("To: <dewi@dinsos.example>") && text.contains("Tugas baru"))
            let mode = try FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(files[0]))[.posixPermissions] as? Int
            #expect(mode == 0o600)
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test func anAddressCannotAddCommandsOfItsOwn() async throws {
        let mail = OutgoingMail(id: "m-2", to: "dewi@dinsos.example>\r\nRCPT TO:<luar@mata.example", subject: "Tugas", body: "Tugas baru")
        let lines = try await FakeSMTPServer.with(.init()) { smtp in
            let transport = SMTPTransport(relay: SMTPRelay(host: "127.0.0.1", port: smtp.port, security: .none, credentials: nil), from: "simpul@localhost")
            await #expect(throws: MailError.self) { try await transport.send(mail) }
            return smtp.lines
        }
        #expect(lines.isEmpty, "refused before connecting")
    }
}
