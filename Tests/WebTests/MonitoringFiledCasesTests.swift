import Cases
import Foundation
import Monitoring
import Security
import Store
import Testing
@testable import SimpulCommands
@testable import Web

/// The counting records kept beside each case (M035): a cold start that reads them counts what
/// the registry counts, and a record that cannot be trusted — filed before a change, by another
/// format, or damaged — is read from the registry again, never counted as it stands.
@Suite("Monitoring records filed in the store", .serialized)
struct MonitoringFiledCasesTests {
    @Test(arguments: TestBackend.available)
    func onlyRecordsFiledSinceTheirCaseLastChangedAreRead(_ backend: TestBackend) async throws {
        // Set-up: a demo registry, every case filed by a first cold start.
        try await DemoRegistry.with(backend, cases: 300) { store, db in
            let today = CalendarDate(Date()), filed = store.monitoringFiledCases, format = FiledCases.format
            let ids = try await db.query("SELECT id FROM cases ORDER BY id", []).map { try $0.text("id") }
            #expect(try await filed.stale(format: format) == Set(ids), "nothing is filed before the first cold start")
            // Filed as of now: one server, one clock, no margin for another server's clock.
            let first = try await MonitoringService.coldIndex(store: store, today: today, since: Date())
            #expect(first.fromRegistry == ids.count)
            #expect(try await filed.stale(format: format).isEmpty)

            // Under test: a change to a case after it was filed, a record of another format,
            // a damaged record, and a record read earlier than the one kept.
            let (changed, older, damaged, kept) = (ids[3], ids[10], ids[20], ids[30])
            try await Task.sleep(for: .milliseconds(5))
            try await db.execute("UPDATE cases SET status = ?, updated_at = ? WHERE id = ?", [.text("closed"), .text(Timestamp.now()), .text(changed)])
            try await db.execute("UPDATE monitoring_filed_cases SET format = ? WHERE case_id = ?", [.int(Int64(format - 1)), .text(older)])
            let bytes = try #require(try await db.queryFirst("SELECT records FROM monitoring_filed_cases WHERE case_id = ?", [.text(damaged)])?.blob("records"))
            try await db.execute("UPDATE monitoring_filed_cases SET records = ? WHERE case_id = ?", [.blob(Array(bytes.dropLast(3))), .text(damaged)])
            let keptRow = try await db.queryFirst("SELECT fresh_since, records FROM monitoring_filed_cases WHERE case_id = ?", [.text(kept)])
            try await filed.save([(kept, [UInt8(format), 0])], format: format, freshSince: Date().addingTimeInterval(-86_400))

            #expect(try await filed.stale(format: format) == [changed, older])
            let afterKept = try await db.queryFirst("SELECT fresh_since, records FROM monitoring_filed_cases WHERE case_id = ?", [.text(kept)])
            #expect(afterKept?.optionalText("fresh_since") == keptRow?.optionalText("fresh_since"))
            #expect(afterKept?.blob("records") == keptRow?.blob("records"), "an earlier read does not replace a later one")

            var second = try await MonitoringService.coldIndex(store: store, today: today, since: Date())
            #expect(second.fromRegistry == 3, "the changed, the other format's and the damaged case")
            #expect(second.fromFiled == ids.count - 3)
            #expect(try await filed.stale(format: format).isEmpty, "and those three are filed anew")

            // Every table agrees with the index built from the registry's facts as they are now.
            let facts = try await store.monitoringFacts.read(asOf: today)
            second.index.finish(shared: facts)
            let police = try #require(facts.agencies.first { $0.kind == .police }?.id)
            for filter in [MonitoringFilter(period: .year(today.year - 1)), MonitoringFilter(period: .year(today.year)),
                           MonitoringFilter(period: .quarter(today.year - 1, 3), agencyID: police),
                           MonitoringFilter(period: .year(today.year - 1), form: .sexual, sex: .female, ageGroup: .child)] {
                #expect(try MonitoringIndexUpdateTests.tables(second.index, filter) == MonitoringIndexUpdateTests.tables(CountingIndex(facts: facts), filter),
                        "\(filter.parameters)")
            }
            let refiled = try await db.queryFirst("SELECT records FROM monitoring_filed_cases WHERE case_id = ?", [.text(changed)])?.blob("records")
            let now = try await store.monitoringFacts.read(asOf: today, caseIDs: [changed], shared: false)
            #expect(refiled == FiledCases.encode(now).first?.bytes, "the changed case is filed as it is now")

            // A server's refresh after a change files the changed case as well, once its
            // readers have their figures.
            let service = MonitoringService(store: store, snapshots: MonitoringSnapshots(), population: nil)
            _ = try await service.snapshot()
            // An open case, which closing takes off the open cases.
            let touched = try #require(try await db.queryFirst(
                "SELECT id FROM cases WHERE status IN ('reported', 'inquiry', 'investigation') AND id NOT IN (?, ?, ?, ?) ORDER BY id",
                [.text(changed), .text(older), .text(damaged), .text(kept)])?.text("id"))
            @Sendable func filedBytes() async throws -> [UInt8]? {
                try await db.queryFirst("SELECT records FROM monitoring_filed_cases WHERE case_id = ?", [.text(touched)])?.blob("records")
            }
            let before = try await filedBytes()
            // As if filed a minute ago: the refresh's records count as fresh from five seconds
            // before its read, earlier than the margin-free cold starts above.
            try await db.execute("UPDATE monitoring_filed_cases SET fresh_since = ? WHERE case_id = ?",
                                 [.text(Timestamp.string(Date().addingTimeInterval(-60))), .text(touched)])
            try await Task.sleep(for: .milliseconds(5))
            try await db.execute("UPDATE cases SET status = ?, updated_at = ? WHERE id = ?", [.text("closed"), .text(Timestamp.now()), .text(touched)])
            _ = try await service.snapshot()
            let want = FiledCases.encode(try await store.monitoringFacts.read(asOf: today, caseIDs: [touched], shared: false)).first?.bytes
            #expect(want != before)
            try await until("the refresh files the changed case") { try await filedBytes() == want }
        }
    }
}
