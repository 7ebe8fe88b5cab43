import Cases
import Foundation
import Reporting

/// A report loaded in bulk with the history it already has (demo data): received at a past
/// minute, answered, closed or turned into a case. Its submission is what the intake would
/// have been given, receipt hash included.
public struct BulkReport: Sendable {
    public let submission: ReportSubmission
    /// To the minute, like every time of receipt (`2026-03-04T05:06Z`).
    public let receivedAt: String
    public let status: ReportStatus
    public let caseID: String?
    public let closure: (reason: ClosureReason, at: String)?
    public let messages: [Message]

    public struct Message: Sendable {
        public let id: String
        public let kind: ReportMessage.Kind
        public let agencyID: String
        public let body: String
        public let at: String

        public init(id: String, kind: ReportMessage.Kind, agencyID: String, body: String, at: String) {
            self.id = id; self.kind = kind; self.agencyID = agencyID; self.body = body; self.at = at
        }
    }

    public init(submission: ReportSubmission, receivedAt: String, status: ReportStatus, caseID: String?,
                closure: (reason: ClosureReason, at: String)?, messages: [Message]) {
        self.submission = submission; self.receivedAt = receivedAt; self.status = status; self.caseID = caseID
        self.closure = closure; self.messages = messages
    }
}

extension ReportRepository {
    /// Files reports with their history in one transaction: references numbered per year of
    /// receipt after those already given, content and messages sealed, a closed report's
    /// deletion date set by the retention policy. Audited as one load.
    public func bulkInsert(_ reports: [BulkReport], note: String) async throws {
        guard !reports.isEmpty else { return }
        let retention = try await retention()
        let sealed = try reports.map { try cipher.seal(json: $0.submission.answers, context: "report:\($0.submission.id)") }
        let sightings = reports.flatMap { r in
            PublicSightingRepository.reportRows(r.submission, day: String(r.receivedAt.prefix(10)), cipher: cipher)
        }
        let messages = try reports.flatMap { r in
            try r.messages.map { m -> [SQLValue] in
                [.text(m.id), .text(r.submission.id), .text(ReportMessage.Author.agency.rawValue), .text(m.kind.rawValue), .text(m.agencyID),
                 .null, .blob(try cipher.seal(Data(m.body.utf8), context: "report-message:\(m.id)")), .text(m.at)]
            }
        }
        try await db.transaction { tx in
            var rows: [[SQLValue]] = []
            for (year, indices) in Dictionary(grouping: reports.indices, by: { String(reports[$0].receivedAt.prefix(4)) }).sorted(by: { $0.key < $1.key }) {
                guard let last = try await tx.query("""
                    INSERT INTO counters (name, value) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET value = counters.value + ? RETURNING value
                    """, [.text("report-\(year)"), .int(indices.count), .int(indices.count)]).first?.optionalInt("value") else {
                    throw StoreError.corrupt("report counter")
                }
                for (n, i) in indices.sorted(by: { reports[$0].receivedAt < reports[$1].receivedAt }).enumerated() {
                    let r = reports[i], s = r.submission, a = s.answers
                    let deleteAfter = r.closure.flatMap { c in
                        Timestamp.date(c.at).map { Timestamp.string($0.addingTimeInterval(Double(retention.days(for: c.reason)) * 86_400)) }
                    }
                    rows.append([.text(s.id), .text("L-\(year)-" + String(format: "%06d", last - indices.count + 1 + n)), .text(s.receiptHash),
                                 .text(s.receiptKDF), .text(s.channel.rawValue), .optional(s.filedByUserID), .text(r.receivedAt),
                                 .text(s.route.agencyID), .optional(s.route.ruleID), .text(r.status.rawValue), .bool(a.isUrgent),
                                 .bool(a.victimIsChild == .yes), .bool(a.isAbroad), .optional(a.provinceCode),
                                 .text(a.exploitationTypes.map(\.rawValue).joined(separator: ",")), .blob(sealed[i]),
                                 .bool(r.status == .new), .bool(!r.messages.isEmpty), .optional(r.caseID),
                                 .optional(r.closure?.reason.rawValue), .optional(r.closure?.at), .optional(deleteAfter), .int(1)])
                }
            }
            try await tx.executeBatch("""
                INSERT INTO reports (id, reference, receipt_hash, receipt_kdf, channel, filed_by, received_at, agency_id, rule_id,
                    status, urgent, child, abroad, province_code, exploitation_types, content, agency_unread, reporter_unread,
                    case_id, closure_reason, closed_at, delete_after, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows)
            if !messages.isEmpty { try await tx.executeBatch("""
                INSERT INTO report_messages (id, report_id, author, kind, agency_id, user_id, body, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, messages) }
            try await PublicSightingRepository.recordReports(sightings, in: tx)
            try await audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "report.bulk_load",
                                              detail: "\(reports.count) reports; \(note)"), in: tx)
        }
    }
}
