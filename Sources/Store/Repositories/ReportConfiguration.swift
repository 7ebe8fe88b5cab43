import Cases
import Foundation
import Reporting

/// The routing table, the on-duty agencies and the retention periods, as the administrator
/// keeps them. A new store starts with the defaults of `ReportRouter` and `ClosureReason`.
extension ReportRepository {
    public func rules() async throws -> [RoutingRule] {
        try await db.query("SELECT * FROM report_routing_rules ORDER BY position, id", []).compactMap { r in
            guard let target = RoutingTarget(code: try r.text("target")) else { return nil }
            return RoutingRule(id: try r.text("id"), position: try r.int("position"),
                               exploitation: r.optionalText("exploitation_type").flatMap(ExploitationType.init(rawValue:)),
                               provinceCode: r.optionalText("province_code"),
                               child: r.optionalInt("child").map { $0 != 0 }, abroad: r.optionalInt("abroad").map { $0 != 0 },
                               target: target)
        }
    }

    public func saveRule(_ rule: RoutingRule, by viewer: Viewer) async throws {
        try await db.transaction { tx in
            try await tx.execute("DELETE FROM report_routing_rules WHERE id = ?", [.text(rule.id)])
            try await Self.insert(rule, in: tx)
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "report.rule_saved", detail: "\(rule.id) → \(rule.target.code)"), in: tx)
        }
    }

    public func deleteRule(id: String, by viewer: Viewer) async throws {
        try await db.transaction { tx in
            guard try await tx.execute("DELETE FROM report_routing_rules WHERE id = ?", [.text(id)]) == 1 else {
                throw StoreError.notFound("rule \(id)")
            }
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "report.rule_deleted", detail: id), in: tx)
        }
    }

    static func insert(_ rule: RoutingRule, in tx: any SQLExecutor) async throws {
        try await tx.execute("""
            INSERT INTO report_routing_rules (id, position, exploitation_type, province_code, child, abroad, target) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(rule.id), .int(rule.position), .optional(rule.exploitation?.rawValue), .optional(rule.provinceCode),
                  rule.child.map { .bool($0) } ?? .null, rule.abroad.map { .bool($0) } ?? .null, .text(rule.target.code)])
    }

    public func dutyAgencyIDs() async throws -> [String] {
        try await db.query("SELECT agency_id FROM report_duty_agencies ORDER BY agency_id", []).compactMap { $0.optionalText("agency_id") }
    }

    public func setDutyAgencies(_ ids: [String], by viewer: Viewer) async throws {
        try await db.transaction { tx in
            try await tx.execute("DELETE FROM report_duty_agencies", [])
            for id in Set(ids) { try await tx.execute("INSERT INTO report_duty_agencies (agency_id) VALUES (?)", [.text(id)]) }
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "report.duty_agencies", detail: ids.sorted().joined(separator: ",")), in: tx)
        }
    }

    public func retention() async throws -> RetentionPolicy {
        var days: [ClosureReason: Int] = [:]
        for r in try await db.query("SELECT reason, days FROM report_retention", []) {
            if let reason = r.optionalText("reason").flatMap(ClosureReason.init(rawValue:)), let d = r.optionalInt("days") { days[reason] = d }
        }
        return RetentionPolicy(days: days)
    }

    public func setRetention(_ reason: ClosureReason, days: Int, by viewer: Viewer) async throws {
        guard RetentionPolicy.range.contains(days) else { throw StoreError.conflict("retention must be 1–3650 days") }
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO report_retention (reason, days) VALUES (?, ?) ON CONFLICT (reason) DO UPDATE SET days = excluded.days
                """, [.text(reason.rawValue), .int(days)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "report.retention", detail: "\(reason.rawValue) \(days)"), in: tx)
        }
    }

    /// The router as the store's tables set it up now.
    public func router(agencies: [Agency], fallbackAgencyID: String) async throws -> ReportRouter {
        ReportRouter(rules: try await rules(), agencies: agencies, fallbackAgencyID: fallbackAgencyID,
                     dutyAgencyIDs: try await dutyAgencyIDs())
    }

    /// Puts the default routing table in place, once in a store's life (an administrator who
    /// later empties the table keeps it empty).
    public func installDefaults(dutyAgencyIDs: [String]) async throws {
        try await db.transaction { tx in
            guard try await tx.query("SELECT name FROM settings WHERE name = 'report_defaults'", []).isEmpty else { return }
            try await tx.execute("INSERT INTO settings (name, text_value) VALUES ('report_defaults', ?)", [.text(Timestamp.now())])
            for rule in ReportRouter.defaultRules() { try await Self.insert(rule, in: tx) }
            for id in dutyAgencyIDs { try await tx.execute("INSERT INTO report_duty_agencies (agency_id) VALUES (?)", [.text(id)]) }
        }
    }
}
