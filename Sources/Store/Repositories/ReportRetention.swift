import Foundation

extension ReportRepository {
    /// Deletes every closed report whose retention period has ended, with its thread, attachments
    /// and alerts. The audit log keeps the reference, the reason and the date — never content.
    /// Answers how many were deleted.
    @discardableResult
    public func purgeExpired(now: Date = Date()) async throws -> Int {
        let due = try await db.query("""
            SELECT id, reference, closure_reason FROM reports WHERE status = 'closed' AND delete_after IS NOT NULL AND delete_after <= ?
            """, [.text(Timestamp.string(now))])
        for r in due {
            let id = try r.text("id")
            try await db.transaction { tx in
                // Re-checked inside the transaction: the reporter may have reopened it meanwhile.
                guard try await tx.execute("""
                    DELETE FROM reports WHERE id = ? AND status = 'closed' AND delete_after <= ?
                    """, [.text(id), .text(Timestamp.string(now))]) == 1 else { return }
                try await audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "report.deleted_by_retention",
                                                  detail: "\(try r.text("reference")) \(r.optionalText("closure_reason") ?? "")"), in: tx)
            }
        }
        if !due.isEmpty {
            // Push deleted pages out of the write-ahead log (SQLite) or mark them for reuse (PostgreSQL).
            if db.dialect == .sqlite { _ = try await db.query("PRAGMA wal_checkpoint(TRUNCATE)", []) }
            else { try await db.execute("VACUUM report_messages, report_attachments, report_alerts, reports", []) }
        }
        return due.count
    }
}
