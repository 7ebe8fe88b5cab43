import Cases
import Foundation
import OpenData

/// An import an agency's user started from the web: how far it has come and, once done, every
/// reject. Kept in the store, because the server that took the upload need not be the one asked.
public struct HTCDSImportJob: Sendable {
    public enum State: String, Sendable { case processing, done, failed }

    public let id: String
    public let agencyID: String
    public let fileName: String
    public let state: State
    public let loaded: HTCDSLoaded
    public let rejects: [StoredReject]
    public let failure: String?
    public let createdAt: String
    public let updatedAt: String
}

/// A reject as a job keeps it. The value of an identity field is not kept: a name or NIK the
/// partner mistyped is still a person's identity, and this table is not sealed.
public struct StoredReject: Sendable, Hashable, Codable {
    public let file: String
    public let line: Int
    public let field: String
    public let value: String
    public let reasonID: String
    public let reasonEN: String

    public static let withheld = "(disembunyikan / withheld)"

    public init(_ r: ImportReject) {
        file = r.file
        line = r.line
        field = r.field
        let bare = r.field.split(separator: ".").last.map(String.init) ?? r.field
        // A whole line ("*") or a whole section ("persons") that could not be read may hold a
        // name or NIK as much as an identity column does: none of them is kept.
        let mayHoldIdentity = HTCDSSection.identityColumns.contains(bare) || bare == "*"
            || HTCDSSection.allCases.contains { $0.jsonKey == bare }
        value = mayHoldIdentity && !r.value.isEmpty ? Self.withheld : r.value
        reasonID = r.reason.id
        reasonEN = r.reason.en
    }
}

public struct HTCDSImportJobs: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    /// A new job in `processing`, for the viewer's own agency; audited.
    public func start(fileName: String, by viewer: Viewer, now: Date = Date()) async throws -> String {
        let id = UUID().uuidString.lowercased(), stamp = Timestamp.string(now)
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO htcds_import_jobs (id, agency_id, user_id, file_name, state, cases_loaded, persons_loaded, support_loaded,
                    cases_skipped, rejects, failure, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '[]', NULL, ?, ?)
                """, [.text(id), .text(viewer.agencyID), .text(viewer.userID), .text(fileName), .text(HTCDSImportJob.State.processing.rawValue),
                      .text(stamp), .text(stamp)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "htcds.import.start",
                                              detail: "job \(id)"), in: tx, at: now)
        }
        return id
    }

    /// The counts so far, after each batch.
    public func progress(_ id: String, _ loaded: HTCDSLoaded) async throws {
        try await update(id, loaded: loaded, state: .processing, rejects: nil, failure: nil, in: db)
    }

    /// The end of a job: its counts and rejects, or what stopped it; audited in the same transaction.
    public func finish(_ id: String, by viewer: Viewer, loaded: HTCDSLoaded, rejects: [ImportReject], failure: String? = nil) async throws {
        let stored = String(decoding: try JSONEncoder().encode(rejects.map(StoredReject.init)), as: UTF8.self)
        let event = AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "htcds.import",
                               detail: "job \(id): \(loaded.cases) cases, \(loaded.persons) persons, \(loaded.support) support, "
                                   + "\(loaded.skipped) skipped, \(rejects.count) rejects" + (failure == nil ? "" : "; failed"))
        try await db.transaction { tx in
            try await update(id, loaded: loaded, state: failure == nil ? .done : .failed, rejects: stored, failure: failure, in: tx)
            try await audit.append(event, in: tx)
        }
    }

    private func update(_ id: String, loaded: HTCDSLoaded, state: HTCDSImportJob.State, rejects: String?, failure: String?,
                        in executor: any SQLExecutor) async throws {
        try await executor.execute("""
            UPDATE htcds_import_jobs SET state = ?, cases_loaded = ?, persons_loaded = ?, support_loaded = ?, cases_skipped = ?,
                rejects = COALESCE(?, rejects), failure = ?, updated_at = ? WHERE id = ?
            """, [.text(state.rawValue), .int(loaded.cases), .int(loaded.persons), .int(loaded.support), .int(loaded.skipped),
                  .optional(rejects), .optional(failure), .text(Timestamp.now()), .text(id)])
    }

    /// A job of the viewer's agency; not found for any other agency's, so that ids reveal nothing.
    public func job(_ id: String, viewer: Viewer) async throws -> HTCDSImportJob {
        guard let row = try await db.query("SELECT * FROM htcds_import_jobs WHERE id = ? AND agency_id = ?",
                                           [.text(id), .text(viewer.agencyID)]).first else {
            throw StoreError.notFound("import \(id)")
        }
        return try Self.job(row)
    }

    /// The agency's latest jobs, newest first.
    public func recent(agencyID: String, limit: Int = 10) async throws -> [HTCDSImportJob] {
        try await db.query("SELECT * FROM htcds_import_jobs WHERE agency_id = ? ORDER BY created_at DESC LIMIT ?",
                           [.text(agencyID), .int(limit)]).map(Self.job)
    }

    static func job(_ r: SQLRow) throws -> HTCDSImportJob {
        var loaded = HTCDSLoaded()
        loaded.cases = try r.int("cases_loaded")
        loaded.persons = try r.int("persons_loaded")
        loaded.support = try r.int("support_loaded")
        loaded.skipped = try r.int("cases_skipped")
        guard let state = HTCDSImportJob.State(rawValue: try r.text("state")),
              let rejects = try? JSONDecoder().decode([StoredReject].self, from: Data(try r.text("rejects").utf8)) else {
            throw StoreError.corrupt("htcds_import_jobs \(try r.text("id"))")
        }
        return HTCDSImportJob(id: try r.text("id"), agencyID: try r.text("agency_id"), fileName: try r.text("file_name"), state: state,
                              loaded: loaded, rejects: rejects, failure: r.optionalText("failure"),
                              createdAt: try r.text("created_at"), updatedAt: try r.text("updated_at"))
    }
}
