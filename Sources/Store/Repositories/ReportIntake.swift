import Cases
import Foundation
import Reporting
import Security

/// Receives reports: each submission waits for a group commit and is answered with its
/// reference only once it is on disk, so a receipt code is never shown for a report that a
/// crash could lose.
public final class ReportIntake: Sendable {
    private let committer: GroupCommit<ReportSubmission, String>

    init(db: any SQLDatabase, cipher: FieldCipher, audit: AuditLog) {
        committer = GroupCommit { batch in try await Self.commit(batch, db: db, cipher: cipher, audit: audit) }
    }

    /// Commits one report (with whatever else is waiting) and answers its reference.
    public func submit(_ s: ReportSubmission) async throws -> String {
        try await committer.submit(s)
    }

    static func commit(_ batch: [ReportSubmission], db: any SQLDatabase, cipher: FieldCipher,
                       audit: AuditLog) async throws -> [String] {
        // Times of receipt are kept to the minute only, in the report and in its audit entry,
        // so they cannot be matched to a network log by the second.
        let now = Date()
        let truncated = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60)
        let minute = Timestamp.string(truncated)
        let year = String(minute.prefix(4))
        // Sealing is CPU work: done before the write lock is taken.
        let sealed = try batch.map { try cipher.seal(json: $0.answers, context: "report:\($0.id)") }
        let day = CalendarDate(now).description
        let sightings = batch.flatMap { PublicSightingRepository.reportRows($0, day: day, cipher: cipher) }
        return try await db.transaction { tx in
            // One statement per kind of row for the whole batch: the batch is why group commit
            // pays, and a statement per report would cost more than the flush it saves.
            guard let last = try await tx.query("""
                INSERT INTO counters (name, value) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET value = counters.value + ? RETURNING value
                """, [.text("report-\(year)"), .int(batch.count), .int(batch.count)]).first?.optionalInt("value") else {
                throw StoreError.corrupt("report counter")
            }
            let refs = (0..<batch.count).map { "L-\(year)-" + String(format: "%06d", last - batch.count + 1 + $0) }
            var reports: [[SQLValue]] = [], alerts: [[SQLValue]] = [], events: [AuditEvent] = []
            for ((s, ref), content) in zip(zip(batch, refs), sealed) {
                reports.append([.text(s.id), .text(ref), .text(s.receiptHash), .text(s.receiptKDF), .text(s.channel.rawValue),
                                .optional(s.filedByUserID), .text(minute), .text(s.route.agencyID), .optional(s.route.ruleID),
                                .bool(s.answers.isUrgent), .bool(s.answers.victimIsChild == .yes), .bool(s.answers.isAbroad),
                                .optional(s.answers.provinceCode), .text(s.answers.exploitationTypes.map(\.rawValue).joined(separator: ",")),
                                .blob(content)])
                for agency in s.route.alertAgencyIDs {
                    alerts.append([.text(UUID().uuidString.lowercased()), .text(s.id), .text(agency), .text(minute)])
                }
                events.append(AuditEvent(actorUserID: s.filedByUserID, actorAgencyID: s.filedByAgencyID, action: "report.received",
                                         detail: "\(ref) \(s.channel.rawValue) to \(s.route.agencyID)"
                                            + (s.answers.isUrgent ? " urgent, alerted \(s.route.alertAgencyIDs.count)" : "")))
            }
            try await tx.executeBatch("""
                INSERT INTO reports (id, reference, receipt_hash, receipt_kdf, channel, filed_by, received_at, agency_id, rule_id,
                    status, urgent, child, abroad, province_code, exploitation_types, content, agency_unread, reporter_unread, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, 1, 0, 1)
                """, reports)
            for s in batch where !s.attachments.isEmpty {
                try await ReportRepository.insertAttachments(s.attachments, reportID: s.id, messageID: nil, in: tx, cipher: cipher)
            }
            if !alerts.isEmpty {
                try await tx.executeBatch("INSERT INTO report_alerts (id, report_id, agency_id, created_at) VALUES (?, ?, ?, ?)", alerts)
            }
            try await PublicSightingRepository.recordReports(sightings, in: tx)
            try await audit.appendBatch(events, in: tx, at: truncated)
            return refs
        }
    }
}
