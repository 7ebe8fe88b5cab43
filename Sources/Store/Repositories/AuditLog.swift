import Foundation
import Security

/// One entry of the audit log.
public struct AuditEntry: Sendable, Hashable, Codable {
    public let seq: Int64
    public let at: String
    public let actorUserID: String?
    public let actorAgencyID: String?
    public let action: String
    public let caseID: String?
    public let personID: String?
    /// Never personal data: ids, counts and outcomes only.
    public let detail: String
    public let prevHash: String
    public let hash: String

    /// The entry as it was hashed.
    var serialised: AuditHash.Serialised {
        AuditHash.serialise(previous: prevHash, sequence: seq, at: at, actorUserID: actorUserID, actorAgencyID: actorAgencyID,
                            action: action, caseID: caseID, personID: personID, detail: detail)
    }
}

/// What was done, by whom, to what. Appended in the same transaction as the act it records.
public struct AuditEvent: Sendable {
    public var actorUserID: String?
    public var actorAgencyID: String?
    public var action: String
    public var caseID: String?
    public var personID: String?
    public var detail: String

    public init(actorUserID: String?, actorAgencyID: String?, action: String, caseID: String? = nil,
                personID: String? = nil, detail: String = "") {
        self.actorUserID = actorUserID
        self.actorAgencyID = actorAgencyID
        self.action = action
        self.caseID = caseID
        self.personID = personID
        self.detail = detail
    }

    /// The event as entry `sequence`, after `previous`, is hashed.
    func serialised(previous: String, sequence: Int64, at: String) -> AuditHash.Serialised {
        AuditHash.serialise(previous: previous, sequence: sequence, at: at, actorUserID: actorUserID, actorAgencyID: actorAgencyID,
                            action: action, caseID: caseID, personID: personID, detail: detail)
    }
}

/// The append-only, hash-chained audit log. New entries are keyed (`AuditChainKey`); those
/// written before migration 17 keep their plain hashes (`audit_head.keyed_from` says where the
/// keyed part begins).
public struct AuditLog: Sendable {
    let db: any SQLDatabase
    let key: AuditChainKey
    let signer: AnchorSigner

    /// Appends inside the caller's transaction. The head row's update takes its lock, so two
    /// servers appending at once are put in order rather than forking the chain.
    public func append(_ event: AuditEvent, in tx: any SQLExecutor, at date: Date = Date()) async throws {
        try await appendBatch([event], in: tx, at: date)
    }

    /// Appends several events in order with one read and one write of the head, for group
    /// commits where one statement per event would cost more than the events themselves.
    public func appendBatch(_ events: [AuditEvent], in tx: any SQLExecutor, at date: Date = Date()) async throws {
        guard !events.isEmpty else { return }
        guard let head = try await tx.query("UPDATE audit_head SET seq = seq + ? WHERE id = 1 RETURNING seq, hash",
                                            [.int(events.count)]).first
        else { throw StoreError.corrupt("audit_head row is missing") }
        var seq = Int64(try head.int("seq")) - Int64(events.count)
        var prev = try head.text("hash")
        var rows: [[SQLValue]] = []
        for event in events {
            seq += 1
            let at = event.recordedTime(date)
            let hash = key.hash(event.serialised(previous: prev, sequence: seq, at: at))
            rows.append([.int(seq), .text(at), .optional(event.actorUserID), .optional(event.actorAgencyID), .text(event.action),
                         .optional(event.caseID), .optional(event.personID), .text(event.detail), .text(prev), .text(hash)])
            prev = hash
        }
        let insert = """
            INSERT INTO audit_log (seq, at, actor_user_id, actor_agency_id, action, case_id, person_id, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        // One row goes as a plain statement: a batch's set-up would cost more than it saves.
        if rows.count == 1 { try await tx.execute(insert, rows[0]) } else { try await tx.executeBatch(insert, rows) }
        try await tx.execute("UPDATE audit_head SET hash = ? WHERE id = 1", [.text(prev)])
    }

    public func record(_ event: AuditEvent) async throws {
        try await db.transaction { tx in try await append(event, in: tx) }
    }

    public func entries(caseID: String? = nil, limit: Int = 100) async throws -> [AuditEntry] {
        let rows: [SQLRow]
        if let caseID {
            rows = try await db.query("SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq DESC LIMIT ?",
                                      [.text(caseID), .int(limit)])
        } else {
            rows = try await db.query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", [.int(limit)])
        }
        return try rows.map(Self.entry)
    }

    static func entry(_ r: SQLRow) throws -> AuditEntry {
        AuditEntry(seq: Int64(try r.int("seq")), at: try r.text("at"), actorUserID: r.optionalText("actor_user_id"),
                   actorAgencyID: r.optionalText("actor_agency_id"), action: try r.text("action"),
                   caseID: r.optionalText("case_id"), personID: r.optionalText("person_id"),
                   detail: r.optionalText("detail") ?? "", prevHash: try r.text("prev_hash"), hash: try r.text("hash"))
    }
}
