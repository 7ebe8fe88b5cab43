import Cases
import Foundation
import OpenData
import Security

/// Open data in the store (M024): each data set's privacy budget and spendings, and the
/// published releases. Publishing re-reads the ledger inside the transaction that writes the
/// release, and such transactions take turns (`inTurn`), so two administrators publishing at
/// once cannot both spend the last of a budget.
public struct OpenDataRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    let audit: AuditLog

    /// The ledger of `dataset`. A data set whose cap no administrator has set has a cap of zero:
    /// nothing is released until someone decides how much may be.
    public func ledger(_ dataset: String) async throws -> PrivacyLedger { try await Self.ledger(dataset, in: db) }

    static func ledger(_ dataset: String, in db: any SQLExecutor) async throws -> PrivacyLedger {
        let capRow = try await db.query("SELECT cap_epsilon, cap_delta FROM open_data_budgets WHERE dataset = ?", [.text(dataset)]).first
        let cap = try capRow.map { r in PrivacyCost(epsilon: try fraction(r, "cap_epsilon"), delta: try fraction(r, "cap_delta")) } ?? .none
        let entries = try await db.query("""
            SELECT spent_by, table_name, epsilon, delta, spent_on FROM open_data_spendings WHERE dataset = ? ORDER BY created_at, id
            """, [.text(dataset)]).map { r in
            guard let day = CalendarDate(iso: try r.text("spent_on")) else { throw StoreError.corrupt("open_data_spendings.spent_on") }
            return PrivacyLedger.Entry(spentBy: try r.text("spent_by"), table: try r.text("table_name"),
                                       cost: PrivacyCost(epsilon: try fraction(r, "epsilon"), delta: try fraction(r, "delta")), on: day)
        }
        return PrivacyLedger(dataset: dataset, cap: cap, entries: entries)
    }

    /// A transaction that reads the ledger or a draft and writes on what it read, one at a time
    /// across servers. SQLite's write transactions already take turns (BEGIN IMMEDIATE);
    /// PostgreSQL reads what is committed, so without the lock two publications could each see
    /// room under the cap for their own release.
    func inTurn<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        let dialect = db.dialect
        return try await db.transaction { tx in
            if dialect == .postgres {
                _ = try await tx.query("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(?)) AS l", [.int(Self.ledgerLock)])
            }
            return try await body(tx)
        }
    }

    /// An arbitrary constant naming the open-data ledger's lock on PostgreSQL.
    static let ledgerLock = 7_413_519

    /// Sets the cap of `dataset`, refusing one below what is already spent.
    public func setCap(_ cap: PrivacyCost, of dataset: String, by admin: Viewer) async throws {
        try await inTurn { tx in
            var ledger = try await Self.ledger(dataset, in: tx)
            try ledger.setCap(cap)
            try await tx.execute("DELETE FROM open_data_budgets WHERE dataset = ?", [.text(dataset)])
            try await tx.execute("""
                INSERT INTO open_data_budgets (dataset, cap_epsilon, cap_delta, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                """, [.text(dataset), .text(cap.epsilon.description), .text(cap.delta.description), .text(admin.userID), .text(Timestamp.now())])
            try await audit.openData("cap_set", "dataset=\(dataset) epsilon=\(cap.epsilon) delta=\(cap.delta)", by: admin, in: tx)
        }
    }

    /// Publishes an approved draft built in memory, signed with `signer`: spends its cost, writes
    /// the release and its files, audits, all in one transaction. Refused (nothing written) beyond
    /// the cap or for a version already published. The web's workflow publishes stored drafts
    /// instead (`publish(draftID:by:)`).
    public func publish(_ draft: ReleaseDraft, signer: ReleaseSigner, by admin: Viewer) async throws -> PublishedRelease {
        try await inTurn { tx in
            PublishedRelease(draft, signed: try await Self.publish(draft.contents, signer: signer, by: admin, in: tx, audit: audit))
        }
    }

    /// Signs `contents` against the ledger and the versions read inside `tx`, and writes the
    /// spendings, the release, its files and the audit entry there.
    static func publish(_ contents: DraftContents, signer: ReleaseSigner, by admin: Viewer, in tx: any SQLExecutor,
                        audit: AuditLog) async throws -> SignedRelease {
        var ledger = try await Self.ledger(contents.spec.dataset, in: tx)
        let taken = Set(try await tx.query("SELECT version FROM open_data_releases", []).map { try $0.text("version") })
        let release = try contents.sign(ledger: &ledger, takenVersions: taken, signer: signer)
        let now = Timestamp.now()
        for e in try contents.spendings() {
            try await tx.execute("""
                INSERT INTO open_data_spendings (id, dataset, spent_by, table_name, epsilon, delta, spent_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(UUID().uuidString.lowercased()), .text(contents.spec.dataset), .text(e.spentBy), .text(e.table),
                      .text(e.cost.epsilon.description), .text(e.cost.delta.description), .text(e.on.description), .text(now)])
        }
        try await tx.execute("""
            INSERT INTO open_data_releases (version, dataset, release_date, approved_by, approved_on, published_by, published_at, receipt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(contents.spec.version), .text(contents.spec.dataset), .text(contents.spec.date.description),
                  .text(release.approval.administratorID), .text(release.approval.on.description), .text(admin.userID), .text(now),
                  .text(String(decoding: contents.files.last?.contents ?? Data(), as: UTF8.self))])
        for (position, file) in release.files.enumerated() {
            try await tx.execute("""
                INSERT INTO open_data_release_files (version, position, name, sha256, contents) VALUES (?, ?, ?, ?, ?)
                """, [.text(contents.spec.version), .int(position), .text(file.name), .text(file.sha256), .bytes(file.contents)])
        }
        try await audit.openData("published", "version=\(contents.spec.version) epsilon=\(contents.receipt.cost.epsilon) "
                                     + "suppressed=\(contents.receipt.records.recordsSuppressed) key=\(signer.publicKey.base64EncodedString())",
                                 by: admin, in: tx)
        return release
    }

    /// The published releases, newest first, with their receipts.
    public func releases() async throws -> [PublishedReleaseSummary] {
        try await db.query("SELECT version, release_date, published_at, receipt FROM open_data_releases ORDER BY published_at DESC, version DESC", [])
            .map { r in
                guard let receipt = try? JSONDecoder().decode(PrivacyReceipt.self, from: Data(try r.text("receipt").utf8)) else {
                    throw StoreError.corrupt("open_data_releases.receipt")
                }
                return PublishedReleaseSummary(version: try r.text("version"), publishedAt: try r.text("published_at"), receipt: receipt)
            }
    }

    /// The files of a published release, by name, in the order the release lists them.
    public func files(version: String) async throws -> [ReleaseFile] {
        try await db.query("SELECT name, contents FROM open_data_release_files WHERE version = ? ORDER BY position", [.text(version)])
            .map { ReleaseFile(name: try $0.text("name"), contents: Data($0.blob("contents") ?? [])) }
    }

    private static func fraction(_ r: SQLRow, _ column: String) throws -> Fraction {
        guard let f = Fraction(text: try r.text(column)) else { throw StoreError.corrupt("open data \(column)") }
        return f
    }
}

/// A published release as the list of releases shows it.
public struct PublishedReleaseSummary: Sendable, Hashable {
    public let version: String
    public let publishedAt: String
    public let receipt: PrivacyReceipt
}

extension AuditLog {
    /// An open-data step (`opendata.ACTION`) by an administrator, in the transaction that took it.
    func openData(_ action: String, _ detail: String, by admin: Viewer, in tx: any SQLExecutor) async throws {
        try await append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID, action: "opendata.\(action)", detail: detail), in: tx)
    }
}
