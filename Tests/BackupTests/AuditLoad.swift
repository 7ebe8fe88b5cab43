import Foundation
import Store
import Testing

/// A server's steady writing, stood in for by audit entries appended one after another, and what
/// a backup taken meanwhile must be: the store as of one moment within the backup.
enum AuditLoad {
    /// Runs `backup` while entries are appended to `db`'s audit log: at least 50 before it starts
    /// and 50 after it ends. Answers the number of entries when it started and when it ended.
    static func during(_ db: any SQLDatabase, _ backup: () async throws -> Void) async throws -> ClosedRange<Int> {
        let store = SimpulStore(db: db, cipher: StoreSample.cipher)
        let writer = Task {
            var n = 0
            while !Task.isCancelled {
                try await store.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: "ag-a", action: "test.load", detail: "n=\(n)"))
                n += 1
            }
        }
        defer { writer.cancel() }
        let start = try await hashes(db).count
        try await awaitEntries(start + 50, in: db, writer: writer)
        let before = try await hashes(db).count
        try await backup()
        let after = try await hashes(db).count
        try await awaitEntries(after + 50, in: db, writer: writer)
        writer.cancel()
        _ = await writer.result
        return before...after
    }

    /// Waits for the log to hold `count` entries; gives up after two minutes (with the writer's
    /// error, if it failed) rather than waiting for ever.
    private static func awaitEntries(_ count: Int, in db: any SQLDatabase, writer: Task<Void, any Error>) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while try await hashes(db).count < count {
            guard ContinuousClock.now < deadline else {
                writer.cancel()
                try await writer.value    // the writer's own error, if it failed
                throw StoreError.unavailable("the audit writer did not reach \(count) entries within 2 minutes")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// The restored store `copy` is `source` as of a moment within `window`: its audit chain is
    /// intact and a prefix of the source's, and every other table is the same.
    static func expectRestoredAtOneMoment(_ copy: any SQLDatabase, from source: any SQLDatabase, within window: ClosedRange<Int>) async throws {
        let copyLog = try await hashes(copy), sourceLog = try await hashes(source)
        let report = try await SimpulStore(db: copy, cipher: StoreSample.cipher).audit.verify()
        #expect(report.isIntact, "\(report.problems)")
        #expect(window.contains(copyLog.count), "\(copyLog.count) entries restored; the backup ran from \(window.lowerBound) to \(window.upperBound)")
        #expect(Array(sourceLog.prefix(copyLog.count)) == copyLog)
        let audit: Set = ["audit_log", "audit_head"]
        #expect(try await TableDump.of(copy, excluding: audit) == TableDump.of(source, excluding: audit))
    }

    private static func hashes(_ db: any SQLDatabase) async throws -> [String] {
        try await db.query("SELECT hash FROM audit_log ORDER BY seq", []).map { try $0.text("hash") }
    }
}
