import Cases
import Foundation
import Reporting

extension ReportRepository {
    /// Urgent alerts an agency has not yet acknowledged, newest first.
    public func openAlerts(agencyID: String) async throws -> [ReportAlert] {
        try await db.query("""
            SELECT a.id, a.report_id, a.created_at, r.reference, r.province_code, r.child
            FROM report_alerts a JOIN reports r ON r.id = a.report_id
            WHERE a.agency_id = ? AND a.acknowledged_at IS NULL ORDER BY a.created_at DESC LIMIT 50
            """, [.text(agencyID)]).map { r in
            ReportAlert(id: try r.text("id"), reportID: try r.text("report_id"), reference: try r.text("reference"),
                        createdAt: try r.text("created_at"), provinceCode: r.optionalText("province_code"), child: r.bool("child"))
        }
    }

    /// Someone at the alerted agency has taken the alert on; it leaves their list.
    public func acknowledgeAlert(id: String, by viewer: Viewer) async throws {
        try await db.transaction { tx in
            let changed = try await tx.execute("""
                UPDATE report_alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND agency_id = ? AND acknowledged_at IS NULL
                """, [.text(Timestamp.now()), .text(viewer.userID), .text(id), .text(viewer.agencyID)])
            guard changed == 1 else { throw StoreError.notFound("alert \(id)") }
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "report.alert_acknowledged", detail: id), in: tx)
        }
    }
}
