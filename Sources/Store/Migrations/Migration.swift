import Foundation

/// One numbered step of the schema. Each lives in its own file (`M001_…`) and is never edited
/// once released: a change to the schema is a new migration.
public protocol Migration: Sendable {
    var id: Int { get }
    var name: String { get }
    func statements(_ dialect: SQLDialect) -> [String]
}

extension Migration {
    /// How the migration is named when it is applied.
    var label: String { String(format: "%03d %@", id, name) }
}

/// All migrations, in the order they apply.
public enum Migrations {
    public static let all: [any Migration] = [
        M001_Agencies(),
        M002_UsersAndAccess(),
        M003_Cases(),
        M004_AuditLog(),
        M005_Settings(),
        M006_CaseScreenings(),
        M007_CaseListIndex(),
        M008_CaseListCoveringIndex(),
        M009_Reports(),
        M010_Coordination(),
        M011_MailOutbox(),
        M012_PersonMatching(),
        M013_CaseListStatusIndex(),
        M014_ChangeCounters(),
        M015_SecurityHardening(),
        M016_AdminOperations(),
        M017_KeyedAuditChain(),
        M018_KeyRotation(),
        M019_PersonSearch(),
        M020_MonitoringRefresh(),
        M021_ExploitationCountry(),
        M022_OfferRegister(),
        M023_NetworkEntities(),
        M024_OpenData(),
        M025_PublicSightings(),
        M026_Training(),
        M027_ReleaseWorkflow(),
        M028_AgencySearchKeysAndNetworkChanges(),
        M029_HTCDSImports(),
        M032_ReportChangeCounter(),
        M033_StaffChangeCounter(),
        M034_ScreeningTimeIndex(),
        M035_FiledCases(),
        M036_ProtectionExchangeIndex(),
        M037_ExchangeCoveringIndexes(),
        M038_UnfilledClosingDays(),
        M039_PersonsByCaseOnce(),
    ]

    /// An arbitrary constant naming Simpul's migration lock on PostgreSQL.
    static let lockKey = 7_413_512

    /// Applies what has not been applied yet (up to `lastID`, for tests of older stores), each
    /// migration in its own transaction. Answers the migrations applied now.
    @discardableResult
    public static func migrate(_ db: any SQLDatabase, upTo lastID: Int = .max) async throws -> [String] {
        let done = try await applied(db)
        var appliedNow: [String] = []
        for m in all where !done.contains(Int64(m.id)) && m.id <= lastID {
            // Several servers may start at once: each migration is checked and applied under one
            // lock (SQLite's write lock; an advisory lock on PostgreSQL), so it runs exactly once.
            let ran = try await db.transaction { tx -> Bool in
                if db.dialect == .postgres {
                    _ = try await tx.query("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(\(lockKey))) AS l", [])
                }
                guard try await tx.query("SELECT id FROM schema_migrations WHERE id = ?", [.int(m.id)]).isEmpty else { return false }
                for sql in m.statements(db.dialect) {
                    try await tx.execute(sql)
                }
                try await tx.execute("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
                                     .int(m.id), .text(m.name), .text(Timestamp.now()))
                return true
            }
            if ran { appliedNow.append(m.label) }
        }
        return appliedNow
    }

    /// The ids of the migrations already applied (creating the bookkeeping table on a new store).
    static func applied(_ db: any SQLDatabase) async throws -> Set<Int64> {
        try await db.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                id \(db.dialect.integer) PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
            """)
        return Set(try await db.query("SELECT id FROM schema_migrations").compactMap { $0["id"].int64 })
    }

    /// The number of migrations the store lacks.
    public static func pending(_ db: any SQLDatabase) async throws -> Int {
        let done = try await applied(db)
        return all.filter { !done.contains(Int64($0.id)) }.count
    }
}
