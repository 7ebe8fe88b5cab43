import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Reporting
import Security
import Store
import Testing
@testable import SimpulCommands
@testable import Web

/// The security review's findings on the public channel: limits that hold under parallel
/// guesses and floods, quotas on what a code holder can add, times that cannot date a
/// reporter, and settings for tests that cannot slip into production.
@Suite("Public channel hardening")
struct PublicChannelHardeningTests {
    @Test func codeAttemptsAreCountedBeforeTheHashAndAGoodCodeIsForgiven() async {
        let guardian = PublicGuard(limits: .standard)
        let key = guardian.key(for: "203.0.113.9")
        // Every guess sent at once is counted as it arrives, before any hash is computed.
        for _ in 0..<PublicGuard.Limits.standard.maxFailedCodes {
            #expect(await guardian.reserveCodeAttempt(key, now: 0) == nil)
        }
        #expect(await guardian.reserveCodeAttempt(key, now: 1) != nil)
        await guardian.forgiveCodeAttempt(key, now: 1)
        #expect(await guardian.reserveCodeAttempt(key, now: 1) == nil, "a code that opened a report gives its attempt back")
        // Another address of the same IPv6 /64 is the same household.
        let a = guardian.key(for: "2001:db8:1:2::10"), b = guardian.key(for: "2001:db8:1:2:ffff::1")
        #expect(a == b)
    }

    @Test func theSlowQueueIsBoundedAndFilingsGoFirst() async throws {
        let work = SlowWork(width: 1, maxWaiting: 4)
        let held = HeldJob()
        let order = OrderLog()
        // The one worker is taken by a job that waits for the test's word.
        let holder = Task { try await work.run(.filing) { held.run() } }
        try await until("the held job runs") { held.isRunning }
        // Lookups may fill half the queue; beyond it they are told at once.
        let lookups = (0..<2).map { i in Task { try await work.run(.lookup) { order.add("lookup \(i)") } } }
        try await until("two lookups wait") { await work.waiting() == 2 }
        await #expect(throws: SlowWork.Busy.self) { try await work.run(.lookup) {} }
        // Filings may use the whole queue, and are served before the lookups that came first.
        let filings = (0..<2).map { i in Task { try await work.run(.filing) { order.add("filing \(i)") } } }
        try await until("four jobs wait") { await work.waiting() == 4 }
        await #expect(throws: SlowWork.Busy.self) { try await work.run(.filing) {} }
        held.release()
        try await holder.value
        for t in filings + lookups { try await t.value }
        #expect(order.entries.prefix(2).allSatisfy { $0.hasPrefix("filing") })
        #expect(order.entries.count == 4)
    }

    final class OrderLog: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
        var entries: [String] { lock.lock(); defer { lock.unlock() }; return list }
    }

    @Test func aFullQueueAnswers503AndKeepsTheReportersAnswers() async throws {
        // No free worker and no room to wait: every hash is refused at once.
        try await WebFixture.with { f, client in
            let service = ReportService(store: f.store, hashing: .insecureForTests, limits: .standard, slowWork: SlowWork(width: 1, maxWaiting: 2))
            let held = HeldJob()
            let busy = Task { try await service.slowWork.run(.filing) { held.run() } }
            try await until("the held job runs") { held.isRunning }
            let waiting = Task { try await service.slowWork.run(.filing) {} }
            let waiting2 = Task { try await service.slowWork.run(.filing) {} }
            try await until("two filings wait") { await service.slowWork.waiting() == 2 }
            await #expect(throws: SlowWork.Busy.self) {
                _ = try await service.file(ReportForm.read(Dictionary(grouping: ReportPagesTests.answers, by: \.0).mapValues { $0.map(\.1) }).0,
                                           channel: .web, filedBy: nil, attachments: [])
            }
            held.release()
            _ = try await busy.value
            _ = try await waiting.value
            _ = try await waiting2.value
            _ = client
        }
    }

    @Test(arguments: TestBackend.available)
    func aReporterCanAddOnlySoMuchToOneReport(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var reporter = Browser(client)
            let (_, receipt, _) = try await ReportPagesTests.send(&reporter)
            let code = try #require(ReportPagesTests.code(in: receipt))
            let id = try #require(try await ReportService(store: f.store, hashing: .insecureForTests, limits: .standard)
                .find(try ReceiptCode(parsing: code)))
            let before = try await f.store.db.query("SELECT COUNT(*) AS n FROM report_messages WHERE report_id = ? AND author = 'reporter'",
                                                    [.text(id)]).first?.optionalInt("n") ?? 0
            for i in before..<ReporterQuota.maxMessages {
                try await f.store.reports.addReporterMessage(reportID: id, body: "tambahan \(i)", attachments: [])
            }
            await #expect(throws: ValidationFailure.self) {
                try await f.store.reports.addReporterMessage(reportID: id, body: "satu lagi", attachments: [])
            }
            let big = ReportSubmission.Attachment(id: UUID().uuidString.lowercased(), kind: .pdf, bytes: [UInt8](repeating: 1, count: 10))
            #expect(ReporterQuota.refusal(messages: 0, attachmentBytes: ReporterQuota.maxAttachmentBytes - 5, newBytes: big.bytes.count) != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func whatAReporterDidIsAuditedToTheMinute(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, _ in
            let at = Date(timeIntervalSince1970: 1_795_000_037.123)
            try await f.store.db.transaction { tx in
                try await f.store.audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "report.reporter_message", detail: "LPR-1"), in: tx, at: at)
                try await f.store.audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "case.created"), in: tx, at: at)
            }
            let entries = try await f.store.audit.entries(limit: 2)
            let report = try #require(entries.first { $0.action == "report.reporter_message" })
            let other = try #require(entries.first { $0.action == "case.created" })
            #expect(report.at == Timestamp.string(Date(timeIntervalSince1970: 1_795_000_020)))
            #expect(other.at == Timestamp.string(at))
            #expect(try await f.store.audit.verify().isIntact)
        }
    }

    @Test func metricsAreClosedUnlessAScraperIsConfigured() async throws {
        try await WebFixture.with { _, client in
            let closed = try await client.execute(uri: "/metrics", method: .get)
            #expect(closed.status == .notFound)
        }
        let config = AppConfig(bcryptCost: 4, receiptHashing: .insecureForTests,
                               metricsAccess: MetricsAccess(addresses: [], token: "rahasia-scraper"))
        try await WebFixture.with(config: config) { _, client in
            #expect(try await client.execute(uri: "/metrics", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer salah"]).status == .notFound)
            let ok = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer rahasia-scraper"])
            #expect(ok.status == .ok)
        }
    }

    @Test func theInsecureReceiptHashNeedsAnExplicitFlag() throws {
        #expect(try ServeCommand.receiptHashing(environment: [:], allowed: false) == .production)
        #expect(throws: (any Error).self) { try ServeCommand.receiptHashing(environment: ["SIMPUL_INSECURE_TEST_RECEIPT_HASH": "1"], allowed: false) }
        #expect(throws: (any Error).self) { try ServeCommand.receiptHashing(environment: ["SIMPUL_INSECURE_TEST_RECEIPT_HASH": "yes"], allowed: true) }
        #expect(try ServeCommand.receiptHashing(environment: ["SIMPUL_INSECURE_TEST_RECEIPT_HASH": "1"], allowed: true) == .insecureForTests)
    }

    @Test func aCodeIsFoundUnderEveryHashSettingInTheStore() async throws {
        try await WebFixture.with { f, client in
            var reporter = Browser(client)
            let (_, receipt, _) = try await ReportPagesTests.send(&reporter)
            let code = try ReceiptCode(parsing: try #require(ReportPagesTests.code(in: receipt)))
            // The test setting is switched off: a server with a stronger setting still finds the code.
            let stronger = ReportService(store: f.store, hashing: ReceiptHasher.Parameters(logN: 6, r: 1, p: 1), limits: .standard)
            #expect(try await stronger.find(code) != nil)
            #expect(ReceiptHasher.Parameters(label: "scrypt-n16-r8-p1") == .production)
            #expect(ReceiptHasher.Parameters(label: "md5") == nil)
        }
    }

    @Test func theConfirmationStepExpires() async throws {
        try await WebFixture.with { f, _ in
            let service = ReportService(store: f.store, hashing: .insecureForTests, limits: .standard)
            let code = ReceiptCode.generate()
            let now = Date()
            let sealed = service.sealForConfirmation(code, now: now)
            #expect(service.openConfirmation(sealed, now: now.addingTimeInterval(60)) == code)
            #expect(service.openConfirmation(sealed, now: now.addingTimeInterval(ReportService.confirmationLifetime + 1)) == nil)
        }
    }

    @Test func thePublicReportScriptIsServed() async throws {
        try await WebFixture.with { _, client in
            let r = try await client.execute(uri: "/static/lapor.js", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("text/javascript") == true)
            #expect(String(buffer: r.body).contains("proof"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aChallengeIsSpentOnceAcrossServers(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, _ in
            let expires = Date().addingTimeInterval(1800)
            let first = try await f.store.spentChallenges.spend("nonce-1", expires: expires)
            #expect(first)
            // A second server shares only the store.
            let other = SimpulStore(db: f.store.db, cipher: f.store.cipher)
            #expect(try await other.spentChallenges.spend("nonce-1", expires: expires) == false)
            #expect(try await other.spentChallenges.spend("nonce-2", expires: expires))
        }
    }
}
