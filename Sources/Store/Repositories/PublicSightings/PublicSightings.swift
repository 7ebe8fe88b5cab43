import Foundation
import Networks
import Reporting
import Security

/// How often one identifier of a case file was named by the public: "nomor ini disebut dalam
/// N laporan dan pengecekan". For investigators only: never shown on a public page or in the
/// public API, which see licence status and published warnings and nothing more.
public struct PublicSightingCount: Sendable, Hashable, Encodable {
    public let reports: Int
    public let checks: Int

    public var total: Int { reports + checks }
}

/// The identifiers the public names in reports (`/lapor`) and job-offer checks
/// (`/cek-lowongan`, `POST /api/v1/offer-checks`), kept as the keyed hash under which case files
/// match them (`NetworkRepository.matchKeys`: one code path, so one number gives one key however
/// it was typed), with the identifier's type and the day (M025).
///
/// A check is anonymous and its answers are not kept: it adds one to each identifier's count for
/// the day — never the value, the address, a session or the time of day. A report keeps its own
/// sealed text already; its rows carry the report's id so that the count follows the report
/// (erased by retention, it stops counting) and a report naming a number twice counts once.
public struct PublicSightingRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// The store's one writer of check counts (`SimpulStore.checkCounts`).
    let checks: GroupCommit<[CheckCount], Bool>

    /// One identifier named by one check, on its day.
    struct CheckCount: Hashable, Sendable {
        let hash: Int64
        let type: String
        let day: String
    }

    /// Each identifier once, with its keyed hash and its type as stored.
    static func keyed(_ keys: [IdentifierKey], cipher: FieldCipher) -> [(hash: Int64, type: String)] {
        let unique = keys.reduce(into: [IdentifierKey]()) { if !$0.contains($1) { $0.append($1) } }
        return zip(unique, NetworkRepository.matchKeys(unique, cipher: cipher)).map { ($1, Self.storedType(of: $0.kind)) }
    }

    /// The type of identifier as stored: the network entity type's name.
    static func storedType(of kind: IdentifierKind) -> String {
        switch kind {
        case .phone, .eWallet, .socialAccount(.whatsapp): EntityType.phone.rawValue
        case .bankAccount: EntityType.bankAccount.rawValue
        case .agencyLicence: EntityType.agencyLicence.rawValue
        case .companyName: EntityType.agency.rawValue
        default: kind.prefix
        }
    }

    /// Counts one job-offer check that named `keys` on `day` (the day in Jakarta, `YYYY-MM-DD`).
    /// Checks arriving together are added up and written in one transaction, so a busy checker
    /// costs one write per batch, and no write tells one check's moment from another's.
    public func recordCheck(_ keys: [IdentifierKey], on day: String) async throws {
        let named = Self.keyed(keys, cipher: cipher).map { CheckCount(hash: $0.hash, type: $0.type, day: day) }
        guard !named.isEmpty else { return }
        _ = try await checks.submit(named)
    }

    /// Adds a batch of checks to the day's counts, one statement per identifier in key order
    /// (so that two servers adding at once never wait on each other in a circle).
    static func commitChecks(_ batch: [[CheckCount]], db: any SQLDatabase) async throws -> [Bool] {
        var tally: [CheckCount: Int] = [:]
        for check in batch { for named in check { tally[named, default: 0] += 1 } }
        let rows = tally.sorted { ($0.key.hash, $0.key.type, $0.key.day) < ($1.key.hash, $1.key.type, $1.key.day) }.map { k, n -> [SQLValue] in
            [.int(k.hash), .text(k.type), .text(k.day), .int(n)]
        }
        try await db.transaction { tx in
            try await tx.executeBatch("""
                INSERT INTO public_check_counts (match_key, identifier_type, day, n) VALUES (?, ?, ?, ?)
                ON CONFLICT (match_key, identifier_type, day) DO UPDATE SET n = public_check_counts.n + excluded.n
                """, rows)
        }
        return batch.map { _ in true }
    }

    /// The rows for the identifiers a report's story names (`IdentifiersInText`). The reporter's
    /// own call-back number is a separate answer and is never read here.
    static func reportRows(_ s: ReportSubmission, day: String, cipher: FieldCipher) -> [[SQLValue]] {
        keyed(IdentifiersInText.find(s.answers.narrative), cipher: cipher).map { [.text(s.id), .int($0.hash), .text($0.type), .text(day)] }
    }

    /// Writes reports' rows in the reports' own transaction.
    static func recordReports(_ rows: [[SQLValue]], in tx: any SQLExecutor) async throws {
        guard !rows.isEmpty else { return }
        try await tx.executeBatch("INSERT INTO public_report_mentions (report_id, match_key, identifier_type, day) VALUES (?, ?, ?, ?)", rows)
    }

    /// The counts for some match keys; keys never named by the public are absent.
    public func counts(of keys: [Int64]) async throws -> [Int64: PublicSightingCount] { try await Self.counts(of: keys, in: db) }

    static func counts(of keys: [Int64], in db: any SQLDatabase) async throws -> [Int64: PublicSightingCount] {
        var reports: [Int64: Int] = [:], checks: [Int64: Int] = [:]
        let unique = Array(Set(keys))
        for start in stride(from: 0, to: unique.count, by: 200) {
            let part = unique[start..<min(start + 200, unique.count)]
            let set = NetworkRepository.placeholders(part.count), binds = part.map { SQLValue.int($0) }
            for r in try await db.query("""
                SELECT match_key, COUNT(*) AS n FROM public_report_mentions WHERE match_key IN (\(set)) GROUP BY match_key
                """, binds) {
                if let k = r["match_key"].int64 { reports[k] = r.optionalInt("n") ?? 0 }
            }
            for r in try await db.query("""
                SELECT match_key, CAST(SUM(n) AS BIGINT) AS n FROM public_check_counts WHERE match_key IN (\(set)) GROUP BY match_key
                """, binds) {
                if let k = r["match_key"].int64 { checks[k] = r.optionalInt("n") ?? 0 }
            }
        }
        return Dictionary(uniqueKeysWithValues: Set(reports.keys).union(checks.keys).map {
            ($0, PublicSightingCount(reports: reports[$0] ?? 0, checks: checks[$0] ?? 0))
        })
    }
}
