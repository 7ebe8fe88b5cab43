import Foundation

/// What the administrator's audit-log viewer may filter by. Every filter is optional.
public struct AuditFilter: Sendable, Hashable {
    public var actorUserID: String?
    /// An action or the start of one (`user.`, `identity.read`).
    public var actionPrefix: String?
    public var caseID: String?
    /// From this day (inclusive) to this day (inclusive), as `YYYY-MM-DD`.
    public var fromDay: String?
    public var toDay: String?
    /// Entries before this sequence number (the next page).
    public var beforeSeq: Int64?

    public init(actorUserID: String? = nil, actionPrefix: String? = nil, caseID: String? = nil, fromDay: String? = nil,
                toDay: String? = nil, beforeSeq: Int64? = nil) {
        self.actorUserID = actorUserID
        self.actionPrefix = actionPrefix
        self.caseID = caseID
        self.fromDay = fromDay
        self.toDay = toDay
        self.beforeSeq = beforeSeq
    }
}

extension AuditLog {
    /// The newest entries that pass the filter, at most `limit`.
    public func search(_ f: AuditFilter, limit: Int = 100) async throws -> [AuditEntry] {
        var clauses: [String] = []
        var values: [SQLValue] = []
        if let v = f.actorUserID { clauses.append("actor_user_id = ?"); values.append(.text(v)) }
        if let v = f.actionPrefix {
            // A prefix, not a pattern: the user's % and _ are matched as themselves.
            let escaped = v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            clauses.append("action LIKE ? ESCAPE '\\'"); values.append(.text(escaped + "%"))
        }
        if let v = f.caseID { clauses.append("case_id = ?"); values.append(.text(v)) }
        if let v = f.fromDay { clauses.append("at >= ?"); values.append(.text(v)) }
        // Timestamps are ISO text: every time on the day sorts before the day followed by "U".
        if let v = f.toDay { clauses.append("at < ?"); values.append(.text(v + "U")) }
        if let v = f.beforeSeq { clauses.append("seq < ?"); values.append(.int(Int(v))) }
        let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        values.append(.int(limit))
        return try await db.query("SELECT * FROM audit_log \(whereSQL) ORDER BY seq DESC LIMIT ?", values).map(Self.entry)
    }
}
