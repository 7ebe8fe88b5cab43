import Cases
import Foundation
import Reporting
import Security

/// The agency's side of reports. Only users of the agency whose queue holds a report, in a role
/// that reads case files, may open it; the administrator and analysts see counts, not content.
extension ReportRepository {
    public static func mayWork(_ viewer: Viewer, on s: ReportSummary) -> Bool {
        viewer.role.mayReadCases && viewer.role != .administrator && viewer.agencyID == s.agencyID
    }

    /// The agency's queue: urgent first, then oldest first; open reports unless `open` is false.
    public func queue(agencyID: String, open: Bool = true, limit: Int = 200) async throws -> [ReportSummary] {
        let statuses = open ? "('new','in_review','awaiting_reporter')" : "('case_opened','closed')"
        return try await db.query("""
            SELECT * FROM reports WHERE agency_id = ? AND status IN \(statuses)
            ORDER BY urgent DESC, agency_unread DESC, received_at \(open ? "ASC" : "DESC") LIMIT ?
            """, [.text(agencyID), .int(limit)]).map(Self.summary)
    }

    /// Open reports per agency, for the home page and statistics.
    public func openCount(agencyID: String) async throws -> Int {
        try await db.query("""
            SELECT COUNT(*) AS n FROM reports WHERE agency_id = ? AND status IN ('new','in_review','awaiting_reporter')
            """, [.text(agencyID)]).first?.optionalInt("n") ?? 0
    }

    /// Opens a report for someone in its agency: decrypts, marks it read, and audits the reading.
    public func open(id: String, by viewer: Viewer) async throws -> ReportDetail {
        guard let row = try await db.query("SELECT * FROM reports WHERE id = ?", [.text(id)]).first else {
            throw StoreError.notFound("report \(id)")
        }
        let s = try Self.summary(row)
        guard Self.mayWork(viewer, on: s) else { throw StoreError.notFound("report \(id)") }
        let answers = try cipher.open(json: ReportAnswers.self, row.blob("content") ?? [], context: "report:\(id)")
        let attachments = try await db.query("SELECT id, message_id, kind, size FROM report_attachments WHERE report_id = ? ORDER BY id",
                                             [.text(id)]).map { r in
            ReportAttachmentInfo(id: try r.text("id"), messageID: r.optionalText("message_id"),
                                 kind: AttachmentPolicy.Kind(rawValue: try r.text("kind")) ?? .pdf, size: try r.int("size"))
        }
        let messages = try await thread(id)
        try await db.transaction { tx in
            try await tx.execute("""
                UPDATE reports SET agency_unread = 0, status = CASE WHEN status = 'new' THEN 'in_review' ELSE status END WHERE id = ?
                """, [.text(id)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "report.read",
                                              detail: s.reference), in: tx)
        }
        return ReportDetail(summary: s, answers: answers, messages: messages, attachments: attachments,
                            filedByOperator: row.optionalText("filed_by") != nil)
    }

    /// An attachment's bytes, for someone who may work on its report (audited).
    public func attachment(id: String, reportID: String, by viewer: Viewer) async throws -> (AttachmentPolicy.Kind, [UInt8]) {
        guard let s = try await summary(id: reportID), Self.mayWork(viewer, on: s),
              let r = try await db.query("SELECT kind, data FROM report_attachments WHERE id = ? AND report_id = ?",
                                         [.text(id), .text(reportID)]).first else { throw StoreError.notFound("attachment") }
        let bytes = try cipher.open(r.blob("data") ?? [], context: "report-attachment:\(id)")
        try await audit.record(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                          action: "report.attachment_read", detail: s.reference))
        return (AttachmentPolicy.Kind(rawValue: try r.text("kind")) ?? .pdf, [UInt8](bytes))
    }

    /// A reply, a question (the report then waits for the reporter) or an internal note.
    public func addAgencyMessage(reportID: String, kind: ReportMessage.Kind, body: String, by viewer: Viewer) async throws {
        try await change(reportID, by: viewer, expectedVersion: nil, action: "report.\(kind.rawValue)") { tx, s in
            try await Self.insertMessage(id: UUID().uuidString.lowercased(), reportID: reportID, author: .agency, kind: kind,
                                         agencyID: viewer.agencyID, userID: viewer.userID, body: body,
                                         at: Self.minute(Timestamp.now()), in: tx, cipher: cipher)
            let status: ReportStatus = kind == .question ? .awaitingReporter : (s.status == .new ? .inReview : s.status)
            try await tx.execute("UPDATE reports SET status = ?, reporter_unread = ? WHERE id = ?",
                                 [.text(status.rawValue), .bool(kind.visibleToReporter), .text(reportID)])
            return ""
        }
    }

    /// Sends the report to another agency's queue (a routing mistake, or a better placed office).
    public func reassign(reportID: String, to agencyID: String, expectedVersion: Int, by viewer: Viewer) async throws {
        try await change(reportID, by: viewer, expectedVersion: expectedVersion, action: "report.reassigned") { tx, s in
            guard try await tx.query("SELECT id FROM agencies WHERE id = ?", [.text(agencyID)]).first != nil else {
                throw StoreError.notFound("agency \(agencyID)")
            }
            try await tx.execute("UPDATE reports SET agency_id = ?, agency_unread = 1 WHERE id = ?", [.text(agencyID), .text(reportID)])
            return "to \(agencyID)"
        }
    }

    /// Closes a report without a case; its content is deleted when the reason's retention ends.
    public func close(reportID: String, reason: ClosureReason, expectedVersion: Int, by viewer: Viewer, now: Date = Date()) async throws {
        let days = try await retention().days(for: reason)
        let deleteAfter = Timestamp.string(now.addingTimeInterval(Double(days) * 86_400))
        try await change(reportID, by: viewer, expectedVersion: expectedVersion, action: "report.closed") { tx, s in
            guard s.status.isOpen else { throw StoreError.conflict("the report is already \(s.status.rawValue)") }
            try await tx.execute("""
                UPDATE reports SET status = 'closed', closure_reason = ?, closed_at = ?, delete_after = ? WHERE id = ?
                """, [.text(reason.rawValue), .text(Timestamp.string(now)), .text(deleteAfter), .text(reportID)])
            return "\(reason.rawValue), delete after \(days) days"
        }
    }

    /// Keeps the link from a report to the case made of it; the report is then kept with the case.
    public func linkCase(reportID: String, caseID: String, by viewer: Viewer) async throws {
        try await change(reportID, by: viewer, expectedVersion: nil, action: "report.case_opened", caseID: caseID) { tx, s in
            guard s.status.isOpen else { throw StoreError.conflict("the report is already \(s.status.rawValue)") }
            try await tx.execute("""
                UPDATE reports SET status = 'case_opened', case_id = ?, delete_after = NULL, closure_reason = NULL WHERE id = ?
                """, [.text(caseID), .text(reportID)])
            return caseID
        }
    }

    /// Applies one change under the version check and audits it in the same transaction.
    private func change(_ reportID: String, by viewer: Viewer, expectedVersion: Int?, action: String, caseID: String? = nil,
                        _ body: @escaping @Sendable (any SQLExecutor, ReportSummary) async throws -> String) async throws {
        try await db.transaction { tx in
            guard let row = try await tx.query("SELECT * FROM reports WHERE id = ?", [.text(reportID)]).first else {
                throw StoreError.notFound("report \(reportID)")
            }
            let s = try Self.summary(row)
            guard Self.mayWork(viewer, on: s) else { throw StoreError.notFound("report \(reportID)") }
            if let expectedVersion, expectedVersion != s.version {
                throw StoreError.conflict("the report was changed by someone else (version \(s.version), you had \(expectedVersion)); reload it")
            }
            let detail = try await body(tx, s)
            try await tx.execute("UPDATE reports SET version = version + 1 WHERE id = ?", [.text(reportID)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: action,
                                              caseID: caseID, detail: "\(s.reference) \(detail)"), in: tx)
        }
    }
}
