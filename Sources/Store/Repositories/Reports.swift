import Cases
import Foundation
import Reporting
import Security

/// Reports after they are received: the reporter's side (found by receipt hash) and the agency's
/// side (its queue, the thread, closing, turning into a case). Content is sealed at rest; every
/// opening by agency staff is in the audit log.
public struct ReportRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog

    /// The report a receipt hash belongs to.
    public func find(receiptHash: String) async throws -> String? {
        try await db.query("SELECT id FROM reports WHERE receipt_hash = ?", [.text(receiptHash)]).first?.optionalText("id")
    }

    /// Which hashing settings the stored codes were made with, most used first.
    public func receiptKDFs() async throws -> [String] {
        try await db.query("SELECT receipt_kdf, COUNT(*) AS n FROM reports GROUP BY receipt_kdf ORDER BY n DESC", [])
            .compactMap { $0.optionalText("receipt_kdf") }
    }

    public func summary(id: String) async throws -> ReportSummary? {
        try await db.query("SELECT * FROM reports WHERE id = ?", [.text(id)]).first.map(Self.summary)
    }

    // MARK: the reporter's side

    /// The report as its reporter sees it; marks the agency's replies as read.
    public func reporterView(id: String) async throws -> ReporterView? {
        guard let row = try await db.query("""
            SELECT r.*, a.name AS agency_name FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?
            """, [.text(id)]).first else { return nil }
        let s = try Self.summary(row)
        let answers = try cipher.open(json: ReportAnswers.self, row.blob("content") ?? [], context: "report:\(id)")
        let messages = try await thread(id).filter { $0.kind.visibleToReporter }
        if row.bool("reporter_unread") {
            try await db.execute("UPDATE reports SET reporter_unread = 0 WHERE id = ?", [.text(id)])
        }
        return ReporterView(reference: s.reference, status: s.status, receivedAt: s.receivedAt,
                            agencyName: try row.text("agency_name"), answers: answers, messages: messages)
    }

    /// The reporter adds information or answers a question. Information on a closed report
    /// reopens it: the retention clock stops and the agency sees it again.
    public func addReporterMessage(reportID: String, body: String, attachments: [ReportSubmission.Attachment]) async throws {
        let messageID = UUID().uuidString.lowercased()
        let at = Self.minute(Timestamp.now())
        try await db.transaction { tx in
            guard let row = try await tx.query("SELECT reference, status FROM reports WHERE id = ?", [.text(reportID)]).first else {
                throw StoreError.notFound("report")
            }
            let used = try await tx.query("""
                SELECT (SELECT COUNT(*) FROM report_messages WHERE report_id = ? AND author = ?) AS messages,
                       (SELECT COALESCE(SUM(size), 0) FROM report_attachments WHERE report_id = ?) AS bytes
                """, [.text(reportID), .text(ReportMessage.Author.reporter.rawValue), .text(reportID)]).first
            if let why = ReporterQuota.refusal(messages: used?.optionalInt("messages") ?? 0, attachmentBytes: used?.optionalInt("bytes") ?? 0,
                                               newBytes: attachments.reduce(0) { $0 + $1.bytes.count }) {
                throw ValidationFailure([FieldError(field: "message", id: why.id, en: why.en)])
            }
            try await Self.insertMessage(id: messageID, reportID: reportID, author: .reporter, kind: .information, agencyID: nil,
                                         userID: nil, body: body, at: at, in: tx, cipher: cipher)
            try await Self.insertAttachments(attachments, reportID: reportID, messageID: messageID, in: tx, cipher: cipher)
            let status = ReportStatus(rawValue: try row.text("status")) ?? .new
            let next: ReportStatus = (status == .awaitingReporter || status == .closed) ? .inReview : status
            try await tx.execute("""
                UPDATE reports SET agency_unread = 1, status = ?, closure_reason = CASE WHEN ? = 'closed' THEN NULL ELSE closure_reason END,
                    delete_after = CASE WHEN ? = 'closed' THEN NULL ELSE delete_after END, version = version + 1 WHERE id = ?
                """, [.text(next.rawValue), .text(status.rawValue), .text(status.rawValue), .text(reportID)])
            try await audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "report.reporter_message",
                                              detail: "\(try row.text("reference")) attachments \(attachments.count)"), in: tx)
        }
    }

    // MARK: shared

    func thread(_ reportID: String) async throws -> [ReportMessage] {
        let rows = try await db.query("""
            SELECT m.*, a.name AS agency_name,
                   (SELECT COUNT(*) FROM report_attachments t WHERE t.message_id = m.id) AS attachments
            FROM report_messages m LEFT JOIN agencies a ON a.id = m.agency_id
            WHERE m.report_id = ? ORDER BY m.at, m.id
            """, [.text(reportID)])
        return try rows.map { r in
            let id = try r.text("id")
            let body = try cipher.open(r.blob("body") ?? [], context: "report-message:\(id)")
            return ReportMessage(id: id, author: ReportMessage.Author(rawValue: try r.text("author")) ?? .agency,
                                 kind: ReportMessage.Kind(rawValue: try r.text("kind")) ?? .note,
                                 body: String(decoding: body, as: UTF8.self), at: try r.text("at"),
                                 agencyName: r.optionalText("agency_name"), attachmentCount: r.optionalInt("attachments") ?? 0)
        }
    }

    static func insertMessage(id: String, reportID: String, author: ReportMessage.Author, kind: ReportMessage.Kind,
                              agencyID: String?, userID: String?, body: String, at: String,
                              in tx: any SQLExecutor, cipher: FieldCipher) async throws {
        let sealed = try cipher.seal(Data(body.utf8), context: "report-message:\(id)")
        try await tx.execute("""
            INSERT INTO report_messages (id, report_id, author, kind, agency_id, user_id, body, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(id), .text(reportID), .text(author.rawValue), .text(kind.rawValue), .optional(agencyID), .optional(userID),
                  .blob(sealed), .text(at)])
    }

    static func insertAttachments(_ list: [ReportSubmission.Attachment], reportID: String, messageID: String?,
                                  in tx: any SQLExecutor, cipher: FieldCipher) async throws {
        for a in list {
            let sealed = try cipher.seal(Data(a.bytes), context: "report-attachment:\(a.id)")
            try await tx.execute("""
                INSERT INTO report_attachments (id, report_id, message_id, kind, size, data) VALUES (?, ?, ?, ?, ?, ?)
                """, [.text(a.id), .text(reportID), .optional(messageID), .text(a.kind.rawValue), .int(a.bytes.count), .blob(sealed)])
        }
    }

    /// `2026-11-29T10:42:13.123Z` → `2026-11-29T10:42Z`: thread times to the minute, no finer.
    static func minute(_ timestamp: String) -> String { String(timestamp.prefix(16)) + "Z" }

    static func summary(_ r: SQLRow) throws -> ReportSummary {
        ReportSummary(id: try r.text("id"), reference: try r.text("reference"), receivedAt: try r.text("received_at"),
                      agencyID: try r.text("agency_id"), status: ReportStatus(rawValue: try r.text("status")) ?? .new,
                      channel: ReportChannel(rawValue: try r.text("channel")) ?? .web, urgent: r.bool("urgent"),
                      child: r.bool("child"), abroad: r.bool("abroad"), provinceCode: r.optionalText("province_code"),
                      exploitationTypes: try CaseRepository.exploitationTypes(r),
                      agencyUnread: r.bool("agency_unread"), caseID: r.optionalText("case_id"),
                      closureReason: r.optionalText("closure_reason").flatMap(ClosureReason.init(rawValue:)),
                      deleteAfter: r.optionalText("delete_after"), version: try r.int("version"))
    }
}
