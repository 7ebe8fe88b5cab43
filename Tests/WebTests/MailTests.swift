import Cases
import Foundation
import Security
import Store
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import SimpulCommands

/// Notices become e-mails in the store's outbox, and leave by SMTP or into a folder.
@Suite struct MailTests {
    /// A one-connection SMTP server on loopback that records what it is sent.
    final class FakeSMTP: @unchecked Sendable {
        let port: Int
        private let fd: Int32
        private(set) var transcript = ""
        private let done = DispatchSemaphore(value: 0)

        init() throws {
            let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = 0
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, len) } }
            listen(s, 1)
            _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) } }
            fd = s
            port = Int(UInt16(bigEndian: addr.sin_port))
            Thread.detachNewThread { self.serve() }
        }

        private func serve() {
            let c = accept(fd, nil, nil)
            func say(_ s: String) { _ = s.withCString { Glibc.write(c, $0, strlen($0)) } }
            say("220 fake\r\n")
            var buffer = "", inData = false
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(c, &chunk, 4096)
                if n <= 0 { break }
                buffer += String(decoding: chunk[..<n], as: UTF8.self)
                while let r = buffer.range(of: "\r\n") {
                    let line = String(buffer[..<r.lowerBound])
                    buffer.removeSubrange(..<r.upperBound)
                    transcript += line + "\n"
                    if inData {
                        if line == "." { inData = false; say("250 queued\r\n") }
                    } else if line.hasPrefix("EHLO") { say("250-fake\r\n250 8BITMIME\r\n") }
                    else if line == "DATA" { inData = true; say("354 go\r\n") }
                    else if line == "QUIT" { say("221 bye\r\n"); close(c); close(fd); done.signal(); return }
                    else { say("250 ok\r\n") }
                }
            }
            close(c); close(fd); done.signal()
        }

        func wait() { _ = done.wait(timeout: .now() + 10) }
    }

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
            let smtp = try FakeSMTP()
            let (sent, failed) = try await MailDelivery.deliver(store.outbox, transport: SMTPTransport(host: "127.0.0.1", port: smtp.port,
                                                                                                        from: "simpul@gugus.example"))
            smtp.wait()
            #expect(sent == 1 && failed == 0)
            #expect(smtp.transcript.contains("RCPT TO:<dewi@dinsos.example>"))
            #expect(smtp.transcript.contains("New referral: Health rehabilitation"))
            #expect(try await store.outbox.pendingCount() == 0)
            #expect(try await MailDelivery.deliver(store.outbox, transport: SMTPTransport(host: "127.0.0.1", port: 1, from: "x")) == (0, 0),
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
            let (_, failed) = try await MailDelivery.deliver(store.outbox, transport: SMTPTransport(host: "127.0.0.1", port: 1, from: "x"))
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
}
