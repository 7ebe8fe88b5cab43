import Cases
import Coordination
import Foundation
import Linkage

/// Coordination records (referrals, services, restitution, justice tracks, tasks) in one table.
/// Every change is checked against the version the user saw, audited with the case, and tells
/// the other agency in the app.
public struct CoordinationRepository: Sendable {
    let db: any SQLDatabase
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog
    /// Seals each record (its notes and reasons are officers' free text) and a task's title.
    let sealed: SealedText

    /// The record as stored: JSON, sealed to the record's id.
    /// Protection items, the most numerous records, are written by their own writer
    /// (`ProtectionItem.jsonDocument`, the same JSON at a fraction of the encoder's cost).
    func doc<T: CoordinationRecord>(_ r: T, encoder: JSONEncoder = Self.encoder) throws -> String {
        let json = try (r as? ProtectionItem)?.jsonDocument ?? String(decoding: encoder.encode(r), as: UTF8.self)
        return try sealed.seal(json, context: "coordination:\(r.id)")
    }

    /// The work-list line: a code for most records, the title for a task (sealed, it is free text).
    func summary<T: CoordinationRecord>(_ r: T) throws -> String {
        type(of: r).kind == CoordinationTask.kind ? try sealed.seal(r.workSummary, context: "coordination-summary:\(r.id)") : r.workSummary
    }

    static let encoder = JSONEncoder()

    /// The record with the time its new steps were saved, for the timeline's order.
    func stamped<T: CoordinationRecord>(_ r: T) -> T {
        var r = r
        r.stampHistory(at: Timestamp.now())
        return r
    }

    /// Files a new record.
    public func insert<T: CoordinationRecord>(_ r: T, by viewer: Viewer, notify: Notice? = nil) async throws {
        let doc = try doc(stamped(r))
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO coordination_records (id, kind, case_id, victim_id, owner_agency, other_agency, status, open, due_on, summary,
                    assignee_role, assignee_user, escalated_agency, version, doc, updated_at, closed_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(r.id), .text(T.kind), .optional(r.recordCaseID), .optional(r.recordVictimID), .text(r.ownerAgencyID),
                      .optional(r.otherAgencyID), .text(r.statusCode), .bool(r.isOpen), .optional(r.recordDueOn?.description),
                      .text(try summary(r)), .optional(r.assigneeRole?.rawValue), .optional(r.assigneeUserID), .optional(r.escalatedAgencyID),
                      .int(r.version), .text(doc), .text(Timestamp.now()), .optional(r.closedOnColumn)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "\(T.kind).created",
                                              caseID: r.recordCaseID, detail: "\(r.id) \(r.statusCode)"), in: tx)
            if let notify { try await Self.insertNotice(notify, in: tx) }
        }
    }

    /// Saves a changed record, if nobody else changed it since `previousVersion`.
    public func update<T: CoordinationRecord>(_ r: T, previousVersion: Int, action: String, by viewer: Viewer,
                                              notify: Notice? = nil) async throws {
        let doc = try doc(stamped(r))
        try await db.transaction { tx in
            let changed = try await tx.execute("""
                UPDATE coordination_records SET status = ?, open = ?, due_on = ?, owner_agency = ?, other_agency = ?, summary = ?,
                    assignee_role = ?, assignee_user = ?, escalated_agency = ?, version = ?, doc = ?, updated_at = ?, closed_on = ?
                WHERE id = ? AND kind = ? AND version = ?
                """, [.text(r.statusCode), .bool(r.isOpen), .optional(r.recordDueOn?.description), .text(r.ownerAgencyID),
                      .optional(r.otherAgencyID), .text(try summary(r)), .optional(r.assigneeRole?.rawValue), .optional(r.assigneeUserID),
                      .optional(r.escalatedAgencyID), .int(r.version), .text(doc), .text(Timestamp.now()),
                      .optional(r.closedOnColumn), .text(r.id), .text(T.kind), .int(previousVersion)])
            guard changed == 1 else {
                throw StoreError.conflict("\(T.kind) \(r.id) was changed by someone else since version \(previousVersion); reload it")
            }
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "\(T.kind).\(action)",
                                              caseID: r.recordCaseID, detail: "\(r.id) → \(r.statusCode) v\(r.version)"), in: tx)
            if let notify { try await Self.insertNotice(notify, in: tx) }
        }
    }

    public func find<T: CoordinationRecord>(_ type: T.Type, id: String) async throws -> T? {
        guard let row = try await db.query("SELECT id, doc FROM coordination_records WHERE id = ? AND kind = ?", [.text(id), .text(T.kind)]).first
        else { return nil }
        return try decode(T.self, row)
    }

    /// A case's records of one kind, oldest first.
    public func list<T: CoordinationRecord>(_ type: T.Type, caseID: String) async throws -> [T] {
        try await db.query("SELECT id, doc FROM coordination_records WHERE case_id = ? AND kind = ? ORDER BY updated_at, id",
                           [.text(caseID), .text(T.kind)]).map { try decode(T.self, $0) }
    }

    /// Every coordination record of a case, by kind, in one query.
    public struct CaseRecords: Sendable {
        public var referrals: [Referral] = []
        public var services: [ProtectionItem] = []
        public var restitution: [Restitution] = []
        public var justice: [JusticeTrack] = []
        public var tasks: [CoordinationTask] = []
    }

    public func records(caseID: String) async throws -> CaseRecords {
        var out = CaseRecords()
        for row in try await db.query("SELECT kind, id, doc FROM coordination_records WHERE case_id = ? ORDER BY updated_at, id", [.text(caseID)]) {
            switch try row.text("kind") {
            case Referral.kind: out.referrals.append(try decode(Referral.self, row))
            case ProtectionItem.kind: out.services.append(try decode(ProtectionItem.self, row))
            case Restitution.kind: out.restitution.append(try decode(Restitution.self, row))
            case JusticeTrack.kind: out.justice.append(try decode(JusticeTrack.self, row))
            case CoordinationTask.kind: out.tasks.append(try decode(CoordinationTask.self, row))
            default: continue
            }
        }
        return out
    }

    /// Open work an agency must do, most urgent first: the most overdue at the top, then what is
    /// due soonest, then what has no due date; at most `limit`. Read from the columns alone (no
    /// record is decoded), so a long list costs one index walk.
    public func openWork(agencyID: String, limit: Int = 100) async throws -> [WorkItem] {
        let columns = "kind, id, case_id, victim_id, other_agency, status, due_on, summary, owner_agency, assignee_role, assignee_user, escalated_agency"
        let own = try await db.query("""
            SELECT \(columns) FROM coordination_records WHERE owner_agency = ? AND open = 1
            ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on LIMIT ?
            """, [.text(agencyID), .int(limit)])
        // Tasks escalated to this agency as supervisor: few, so fetched apart and merged.
        let escalated = try await db.query("""
            SELECT \(columns) FROM coordination_records WHERE escalated_agency = ? AND open = 1 AND owner_agency <> ? LIMIT ?
            """, [.text(agencyID), .text(agencyID), .int(limit)])
        return try (own + escalated).compactMap { row -> WorkItem? in
            let kind: WorkItem.Kind
            switch try row.text("kind") {
            case Referral.kind: kind = .referral
            case ProtectionItem.kind: kind = .protectionItem
            case Restitution.kind: kind = .restitution
            case CoordinationTask.kind: kind = .task
            default: return nil
            }
            let id = try row.text("id")
            let summary = try sealed.open(try row.text("summary"), context: "coordination-summary:\(id)")
            return WorkItem(kind: kind, id: id, caseID: row.optionalText("case_id"), summary: summary,
                            dueOn: row.optionalText("due_on").flatMap(CalendarDate.init(iso:)),
                            assignee: TaskAssignee(agencyID: try row.text("owner_agency"),
                                                   role: row.optionalText("assignee_role").flatMap(Role.init(rawValue:)),
                                                   userID: row.optionalText("assignee_user")),
                            escalatedTo: row.optionalText("escalated_agency").map { TaskAssignee(agencyID: $0) },
                            victimID: row.optionalText("victim_id"), otherAgencyID: row.optionalText("other_agency"),
                            status: row.optionalText("status"))
        }
    }

    /// Open tasks past their due date on `today` (for escalation), at most `limit`.
    public func overdueTasks(today: CalendarDate, limit: Int = 1_000) async throws -> [CoordinationTask] {
        try await db.query("""
            SELECT id, doc FROM coordination_records WHERE kind = 'task' AND open = 1 AND due_on < ? AND escalated_agency IS NULL
            ORDER BY due_on LIMIT ?
            """, [.text(today.description), .int(limit)]).map { try decode(CoordinationTask.self, $0) }
    }

    /// How many open records the agency owns, and how many of them are past due on `today`.
    public func workCounts(agencyID: String, today: CalendarDate) async throws -> (open: Int, overdue: Int) {
        let row = try await db.query("""
            SELECT COUNT(*) AS n, SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END) AS late FROM coordination_records WHERE owner_agency = ? AND open = 1
            """, [.text(today.description), .text(agencyID)]).first
        return (row?.optionalInt("n") ?? 0, row?.optionalInt("late") ?? 0)
    }

    func decode<T: Decodable>(_ type: T.Type, _ row: SQLRow) throws -> T {
        let stored = try row.text("doc")
        // The id is read from the row, not from the sealed text, so a record cannot be opened
        // under another record's id.
        let json = try sealed.open(stored, context: "coordination:\(try row.text("id"))")
        return try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }
}

/// A message in the app for everyone in an agency (or one user there).
public struct Notice: Sendable {
    public let agencyID: String
    public let userID: String?
    public let caseID: String?
    public let recordID: String?
    public let text: (id: String, en: String)

    public init(agencyID: String, userID: String? = nil, caseID: String?, recordID: String?, text: (id: String, en: String)) {
        self.agencyID = agencyID
        self.userID = userID
        self.caseID = caseID
        self.recordID = recordID
        self.text = text
    }
}

public struct StoredNotice: Sendable, Hashable {
    public let id: String
    public let caseID: String?
    public let recordID: String?
    public let textID: String
    public let textEN: String
    public let createdAt: String
    public let read: Bool
}

extension CoordinationRepository {
    public static func insertNotice(_ n: Notice, in tx: any SQLExecutor) async throws {
        try await tx.execute("""
            INSERT INTO notifications (id, agency_id, user_id, case_id, record_id, text_id, text_en, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(UUID().uuidString.lowercased()), .text(n.agencyID), .optional(n.userID), .optional(n.caseID), .optional(n.recordID),
                  .text(n.text.id), .text(n.text.en), .text(Timestamp.now())])
        try await MailOutbox.enqueue(n, in: tx)
    }

    /// The agency's (and the user's own) notices, unread first, newest first.
    public func notices(for viewer: Viewer, limit: Int = 30) async throws -> [StoredNotice] {
        try await db.query("""
            SELECT * FROM notifications WHERE agency_id = ? AND (user_id IS NULL OR user_id = ?)
            ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC LIMIT ?
            """, [.text(viewer.agencyID), .text(viewer.userID), .int(limit)]).map { r in
            StoredNotice(id: try r.text("id"), caseID: r.optionalText("case_id"), recordID: r.optionalText("record_id"),
                         textID: try r.text("text_id"), textEN: try r.text("text_en"), createdAt: try r.text("created_at"),
                         read: r.optionalText("read_at") != nil)
        }
    }

    public func markNoticesRead(for viewer: Viewer) async throws {
        try await db.execute("UPDATE notifications SET read_at = ? WHERE agency_id = ? AND read_at IS NULL AND (user_id IS NULL OR user_id = ?)",
                             [.text(Timestamp.now()), .text(viewer.agencyID), .text(viewer.userID)])
    }
}

/// Many records at once, for `BulkLoader`: no audit entries or notices (the load is audited as a
/// whole).
extension CoordinationRepository {
    /// The rows for `writeBulk`: each record encoded whole (JSON), one part per core, so that a
    /// loader can encode the next batch while this one is written. `updatedAt` gives record i its time (an import keeps a file's order with it); now by default.
    func prepareBulk(_ records: [any CoordinationRecord], updatedAt: (@Sendable (Int) -> String)? = nil) throws -> PreparedCoordinationRows {
        let now = Timestamp.now()
        let parts = try parallelChunks(records.count, minimumChunk: 500) { range in Result {
            let encoder = JSONEncoder()
            return try range.map { i -> [SQLValue] in
                let r = records[i]
                let doc = try doc(r, encoder: encoder)
                return [.text(r.id), .text(type(of: r).kind), .optional(r.recordCaseID), .optional(r.recordVictimID), .text(r.ownerAgencyID),
                        .optional(r.otherAgencyID), .text(r.statusCode), .bool(r.isOpen), .optional(r.recordDueOn?.description),
                        .text(try summary(r)), .optional(r.assigneeRole?.rawValue), .optional(r.assigneeUserID),
                        .optional(r.escalatedAgencyID), .int(r.version), .text(doc), .text(updatedAt?(i) ?? now),
                        .optional(r.closedOnColumn)]
            }
        } }.map { try $0.get() }
        return PreparedCoordinationRows(rows: parts.flatMap { $0 })
    }

    func writeBulk(_ prepared: PreparedCoordinationRows) async throws {
        guard !prepared.rows.isEmpty else { return }
        try await db.transaction { tx in try await writeBulk(prepared, in: tx) }
    }

    /// The same inside the caller's transaction.
    func writeBulk(_ prepared: PreparedCoordinationRows, in tx: any SQLExecutor) async throws {
        guard !prepared.rows.isEmpty else { return }
        try await tx.executeBatch("""
            INSERT INTO coordination_records (id, kind, case_id, victim_id, owner_agency, other_agency, status, open, due_on, summary,
                assignee_role, assignee_user, escalated_agency, version, doc, updated_at, closed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, prepared.rows)
    }
}

/// Coordination records encoded for a bulk load.
struct PreparedCoordinationRows: Sendable {
    let rows: [[SQLValue]]
}
