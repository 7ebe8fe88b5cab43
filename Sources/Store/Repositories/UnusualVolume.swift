import Cases
import Foundation

/// Alerts the task force (a notice to each task-force agency and an audit entry) once an hour
/// at most when one user does one kind of lookup far more often than work needs: the pattern
/// of someone probing the records through person matching or "seen elsewhere".
struct UnusualVolume: Sendable {
    let audit: AuditLog
    /// The audited action counted (`person.match`, `network.entity.add`).
    let action: String
    /// The alert's own audited action.
    let alertAction: String
    let perHour: Int
    /// What was done, as the alert says it: "person-matching lookups".
    let what: (id: String, en: String)

    func check(_ viewer: Viewer, in tx: any SQLExecutor, now: Date) async throws {
        let since = Timestamp.string(now.addingTimeInterval(-3600))
        let count = try await tx.query("SELECT COUNT(*) AS n FROM audit_log WHERE actor_user_id = ? AND action = ? AND at > ?",
                                       [.text(viewer.userID), .text(action), .text(since)]).first?.optionalInt("n") ?? 0
        guard count > perHour else { return }
        let alerted = try await tx.query("SELECT 1 AS one FROM audit_log WHERE actor_user_id = ? AND action = ? AND at > ?",
                                         [.text(viewer.userID), .text(alertAction), .text(since)]).first != nil
        guard !alerted else { return }
        try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: alertAction,
                                          detail: "\(count) \(what.en) in an hour"), in: tx, at: now)
        let taskForces = try await tx.query("SELECT id FROM agencies WHERE kind = ?", [.text(Agency.Kind.taskForce.rawValue)])
        for row in taskForces {
            try await CoordinationRepository.insertNotice(Notice(agencyID: try row.text("id"), caseID: nil, recordID: nil, text: (
                id: "Peringatan keamanan: satu pengguna (\(viewer.userID)) melakukan \(count) \(what.id) dalam satu jam. Periksa log audit.",
                en: "Security alert: one user (\(viewer.userID)) ran \(count) \(what.en) in an hour. Check the audit log.")), in: tx)
        }
    }
}
