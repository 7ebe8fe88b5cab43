import Foundation
import Logging
import Store
import Testing
@testable import Backup

/// Needs the local test server (`eval "$(scripts/start-test-postgres.sh)"`) and pg_dump; skipped otherwise.
@Suite("PostgreSQL backup and restore", .enabled(if: PostgresScratch.available, "needs SIMPUL_TEST_DATABASE_URL and pg_dump"))
struct PostgresBackupTests {
    let dir = TemporaryDirectory()
    let key = try! BackupKey(bytes: Array(repeating: 5, count: 32))

    @Test
    func aBackupRestoresIntoAFreshDatabaseAsTheSameStore() async throws {
        try await PostgresScratch.withDatabases(2) { urls, dbs in
            _ = try await StoreSample.fill(dbs[0])
            let before = try await TableDump.of(dbs[0])

            let made = try await PostgresBackup.backUp(url: urls[0], to: dir.path("b"), key: key)
            let restored = try await PostgresBackup.restore(from: dir.path("b"), key: key, url: urls[1], force: false)

            #expect(made.backend == .postgres && restored.summary == made)
            let after = try await TableDump.of(dbs[1])
            #expect(after == before)
            #expect(after.tables["case_persons"]?.count == 3)
            #expect(try await SimpulStore(db: dbs[1], cipher: StoreSample.cipher).audit.verify().isIntact)
            #expect(dir.listing() == ["b"])
        }
    }

    @Test
    func aBackupTakenWhileTheServerWritesRestoresAsTheStoreAtOneMoment() async throws {
        try await PostgresScratch.withDatabases(2) { urls, dbs in
            _ = try await StoreSample.fill(dbs[0])

            let window = try await AuditLoad.during(dbs[0]) {
                try await PostgresBackup.backUp(url: urls[0], to: dir.path("b"), key: key)
            }

            try await PostgresBackup.restore(from: dir.path("b"), key: key, url: urls[1], force: false)
            try await AuditLoad.expectRestoredAtOneMoment(dbs[1], from: dbs[0], within: window)
        }
    }

    @Test
    func aDatabaseWithTablesIsReplacedOnlyWithForce() async throws {
        try await PostgresScratch.withDatabases(2) { urls, dbs in
            _ = try await StoreSample.fill(dbs[0], cases: 4)
            _ = try await StoreSample.fill(dbs[1], cases: 1)
            try await PostgresBackup.backUp(url: urls[0], to: dir.path("b"), key: key)

            let refused = await #expect(throws: BackupError.self) {
                try await PostgresBackup.restore(from: dir.path("b"), key: key, url: urls[1], force: false)
            }
            #expect(refused?.description.contains("--force") == true)
            #expect(try await TableDump.of(dbs[1]).tables["case_persons"]?.count == 1)

            try await PostgresBackup.restore(from: dir.path("b"), key: key, url: urls[1], force: true)
            #expect(try await TableDump.of(dbs[1]) == TableDump.of(dbs[0]))
        }
    }

    @Test
    func aDamagedBackupIsRefusedBeforePgRestoreTouchesTheDatabase() async throws {
        try await PostgresScratch.withDatabases(2) { urls, dbs in
            _ = try await StoreSample.fill(dbs[0])
            _ = try await StoreSample.fill(dbs[1], cases: 1)
            try await PostgresBackup.backUp(url: urls[0], to: dir.path("b"), key: key, chunkSize: 4096)
            var bytes = try [UInt8](fileBytes(dir.path("b")))
            bytes.removeLast(100)
            try Data(bytes).write(to: URL(fileURLWithPath: dir.path("b")))
            let before = try await TableDump.of(dbs[1])

            let error = await #expect(throws: BackupError.self) {
                try await PostgresBackup.restore(from: dir.path("b"), key: key, url: urls[1], force: true)
            }
            #expect(error?.description.contains("truncated") == true)
            #expect(try await TableDump.of(dbs[1]) == before)
        }
    }
}

/// Databases of their own on the local test server, dropped afterwards.
enum PostgresScratch {
    static var available: Bool {
        PostgresTestSchema.url != nil && (try? PostgresTools.locate("pg_dump", environment: ProcessInfo.processInfo.environment)) != nil
    }

    static func withDatabases(_ count: Int, _ body: ([String], [PostgresDatabase]) async throws -> Void) async throws {
        let base = try #require(PostgresTestSchema.url)
        let logger = Logger(label: "simpul.tests.backup") { _ in SwiftLogNoOpLogHandler() }
        // Tests create and drop databases: only on this machine.
        if case .tcp(let host, _) = try PostgresURL(base).endpoint {
            try #require(["localhost", "127.0.0.1", "::1"].contains(host), "SIMPUL_TEST_DATABASE_URL must point at localhost")
        }
        let admin = try await PostgresDatabase.connect(url: base, logger: logger)
        let names = (0..<count).map { _ in "simpul_bk_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased() }
        var dbs: [PostgresDatabase] = []
        let outcome: Result<Void, any Error>
        do {
            var urls: [String] = []
            for name in names {
                // A generated name, not a value from outside: DDL takes no bind parameters.
                try await admin.execute("CREATE DATABASE \(name)", [])
                var url = try #require(URLComponents(string: base))
                url.path = "/" + name
                urls.append(url.string!)
                dbs.append(try await PostgresDatabase.connect(url: url.string!, logger: logger))
            }
            outcome = await Result { try await body(urls, dbs) }
        } catch {
            outcome = .failure(error)
        }
        for db in dbs { try? await db.close() }
        for name in names { _ = try? await admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", []) }
        try? await admin.close()
        try outcome.get()
    }
}

extension Result where Failure == any Error {
    init(_ body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
