import Cases
import Foundation
import Reporting
import Security
import Store
import Testing

/// Reports in the store: group commit, the thread, closing and retention, on both backends.
@Suite struct ReportStoreTests {
    static func submission(_ i: Int, agency: String = "ag-a", urgent: Bool = false) -> ReportSubmission {
        var a = ReportAnswers()
        a.danger = urgent ? .yes : .no
        a.situations = [.forcedWork]
        a.narrative = "laporan \(i)"
        return ReportSubmission(id: "r-\(i)", receiptHash: "hash-\(i)", receiptKDF: "test", channel: .web, filedByUserID: nil,
                                filedByAgencyID: nil, answers: a,
                                route: .init(agencyID: agency, ruleID: nil, alertAgencyIDs: urgent ? [agency] : []),
                                attachments: [.init(id: "att-\(i)", kind: .pdf, bytes: Array("%PDF-1.4 \(i)".utf8))])
    }

    static func store(_ db: any SQLDatabase) async throws -> SimpulStore {
        try await Migrations.migrate(db)
        let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: Array(repeating: 9, count: 32)))
        for id in ["ag-a", "ag-b"] {
            try await store.agencies.create(Agency(id: id, code: id.uppercased(), name: id, kind: .police, provinceCode: nil))
        }
        return store
    }

    static func viewer(_ store: SimpulStore, agency: String, role: Role = .investigator) async throws -> Viewer {
        let u = try await store.users.create(username: "u-\(agency)-\(role.rawValue)", displayName: "U", agencyID: agency, role: role,
                                             email: nil, passwordHash: "x")
        return u.viewer
    }

    @Test(arguments: TestBackend.available)
    func concurrentSubmissionsAreCommittedTogetherAndEachAnsweredOnce(backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await Self.store(db)
            let refs = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<60 { group.addTask { try await store.reportIntake.submit(Self.submission(i)) } }
                var all: [String] = []
                for try await r in group { all.append(r) }
                return all
            }
            #expect(Set(refs).count == 60)
            #expect(try await store.reports.queue(agencyID: "ag-a").count == 60)
            // Fewer audit entries than commits would mean entries were lost; the chain must hold.
            #expect(try await store.audit.entries(limit: 500).filter { $0.action == "report.received" }.count == 60)
            #expect(try await store.audit.verify().isIntact)
        }
    }

    @Test(arguments: TestBackend.available)
    func oneBadReportInABatchDoesNotSinkTheOthers(backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await Self.store(db)
            let results = await withTaskGroup(of: Bool.self) { group in
                for i in 0..<20 {
                    // Report 7 names an agency that does not exist: its insert fails.
                    group.addTask { (try? await store.reportIntake.submit(Self.submission(i, agency: i == 7 ? "ag-none" : "ag-a"))) != nil }
                }
                var ok = 0
                for await r in group where r { ok += 1 }
                return ok
            }
            #expect(results == 19)
            #expect(try await store.reports.queue(agencyID: "ag-a").count == 19)
        }
    }

    @Test(arguments: TestBackend.available)
    func aClosedReportIsDeletedWhenItsRetentionEndsAndOnlyTheFactIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await Self.store(db)
            _ = try await store.reportIntake.submit(Self.submission(1, urgent: true))
            let officer = try await Self.viewer(store, agency: "ag-a")
            let outsider = try await Self.viewer(store, agency: "ag-b")
            await #expect(throws: StoreError.self) { try await store.reports.open(id: "r-1", by: outsider) }
            #expect(try await store.reports.openAlerts(agencyID: "ag-a").count == 1)
            let opened = try await store.reports.open(id: "r-1", by: officer)
            #expect(opened.answers.narrative == "laporan 1" && opened.attachments.count == 1)
            await #expect(throws: StoreError.self, "a stale version is refused") {
                try await store.reports.close(reportID: "r-1", reason: .duplicate, expectedVersion: opened.summary.version - 1, by: officer)
            }
            try await store.reports.setRetention(.duplicate, days: 2, by: officer)
            let closedAt = Date(timeIntervalSince1970: 1_800_000_000)
            try await store.reports.close(reportID: "r-1", reason: .duplicate, expectedVersion: opened.summary.version, by: officer, now: closedAt)
            #expect(try await store.reports.purgeExpired(now: closedAt.addingTimeInterval(86_400)) == 0, "not yet")
            #expect(try await store.reports.purgeExpired(now: closedAt.addingTimeInterval(3 * 86_400)) == 1)
            #expect(try await store.reports.summary(id: "r-1") == nil)
            for table in ["report_messages", "report_attachments", "report_alerts"] {
                #expect(try await db.query("SELECT COUNT(*) AS n FROM \(table)", []).first?.optionalInt("n") == 0)
            }
            let deleted = try await store.audit.entries().first { $0.action == "report.deleted_by_retention" }
            #expect(deleted?.detail.contains("duplicate") == true)
            #expect(try await store.audit.verify().isIntact)
        }
    }

    @Test(arguments: TestBackend.available)
    func newInformationFromTheReporterReopensAClosedReport(backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await Self.store(db)
            _ = try await store.reportIntake.submit(Self.submission(2))
            let officer = try await Self.viewer(store, agency: "ag-a")
            let v = try await store.reports.open(id: "r-2", by: officer).summary.version
            try await store.reports.close(reportID: "r-2", reason: .insufficientInformation, expectedVersion: v, by: officer)
            try await store.reports.addReporterMessage(reportID: "r-2", body: "Namanya PT Maju Jaya", attachments: [])
            let s = try #require(try await store.reports.summary(id: "r-2"))
            #expect(s.status == .inReview && s.deleteAfter == nil && s.agencyUnread)
            let view = try #require(try await store.reports.reporterView(id: "r-2"))
            #expect(view.messages.map(\.body) == ["Namanya PT Maju Jaya"])
        }
    }
}
