import Cases
import Foundation
import Reporting
import Security

/// Receives reports: each submission waits for a group commit and is answered with its
/// reference only once it is on disk, so a receipt code is never shown for a report that a
/// crash could lose.
public final class ReportIntake: Sendable {
    private let committer: GroupCommit<ReportSubmission, String>

    init(db: any SQLDatabase, cipher: FieldCipher) {
        committer = GroupCommit { batch in try await Self.commit(batch, db: db, cipher: cipher) }
    }

    /// Commits one report (with whatever else is waiting) and answers its reference.
    public func submit(_ s: ReportSubmission) async throws -> String {
        try await committer.submit(s)
    }

    static func commit(_ batch: [ReportSubmission], db: any SQLDatabase, cipher: FieldCipher) async throws -> [String] {
        // Times of receipt are kept to the minute only, in the report and in its audit entry,
        // so they cannot be matched to a network log by the second.
        let now = Date()
        let truncated = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60)
        let at = Timestamp.string(truncated)
        let minute = at
        let year = String(at.prefix(4))
        return try await db.transaction { tx in
            var refs: [String] = []
            for s in batch {
                let n = try await Counters.next("report-\(year)", in: tx)
                let ref = "L-\(year)-" + String(format: "%06d", n)
                let content = try cipher.seal(json: s.answers, context: "report:\(s.id)")
                try await tx.execute("""
                    INSERT INTO reports (id, reference, receipt_hash, receipt_kdf, channel, filed_by, received_at, agency_id, rule_id,
                        status, urgent, child, abroad, province_code, exploitation_types, content, agency_unread, reporter_unread, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, 1, 0, 1)
                    """, [.text(s.id), .text(ref), .text(s.receiptHash), .text(s.receiptKDF), .text(s.channel.rawValue),
                          .optional(s.filedByUserID), .text(minute), .text(s.route.agencyID), .optional(s.route.ruleID),
                          .bool(s.answers.isUrgent), .bool(s.answers.victimIsChild == .yes), .bool(s.answers.isAbroad),
                          .optional(s.answers.provinceCode), .text(s.answers.exploitationTypes.map(\.rawValue).joined(separator: ",")),
                          .blob(content)])
                try await ReportRepository.insertAttachments(s.attachments, reportID: s.id, messageID: nil, in: tx, cipher: cipher)
                for agency in s.route.alertAgencyIDs {
                    try await tx.execute("INSERT INTO report_alerts (id, report_id, agency_id, created_at) VALUES (?, ?, ?, ?)",
                                         [.text(UUID().uuidString.lowercased()), .text(s.id), .text(agency), .text(minute)])
                }
                try await AuditLog.append(AuditEvent(actorUserID: s.filedByUserID, actorAgencyID: s.filedByAgencyID,
                                                     action: "report.received",
                                                     detail: "\(ref) \(s.channel.rawValue) to \(s.route.agencyID)"
                                                        + (s.answers.isUrgent ? " urgent, alerted \(s.route.alertAgencyIDs.count)" : "")),
                                          in: tx, at: truncated)
                refs.append(ref)
            }
            return refs
        }
    }
}
