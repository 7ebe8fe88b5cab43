import Cases
import Foundation
import Training

/// Officers' training attempts and certificates (M026).
public struct TrainingRepository: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    /// Keeps an attempt. When it completes a course (every study of `courseStudies` passed at
    /// least once), the certificate is issued in the same transaction and returned. Attempts are
    /// not audited: they are an officer's practice, not an act on a case; certificates are.
    public func record(_ graded: GradedAttempt, study: CaseStudy, courseStudies: [String], by viewer: Viewer,
                       name: String, now: String = Timestamp.now()) async throws -> (attemptID: String, certificate: TrainingCertificate?) {
        let id = UUID().uuidString.lowercased()
        // The item number keeps the items in the order they were marked, which the result page shows.
        let items = graded.items.enumerated().map { i, item in
            [SQLValue.text(id), .int(i), .text(item.question.rawValue), .text(item.option), .text(item.mark.rawValue)]
        }
        return try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO training_attempts (id, user_id, agency_id, study_id, course, attempted_at, score, passed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(viewer.userID), .text(viewer.agencyID), .text(study.id), .text(study.course.rawValue),
                      .text(now), .int(graded.score), .int(graded.passed ? 1 : 0)])
            if !items.isEmpty {
                try await tx.executeBatch("INSERT INTO training_attempt_items (attempt_id, item_no, question, choice, mark) VALUES (?, ?, ?, ?, ?)", items)
            }
            guard graded.passed,
                  try await tx.queryFirst("SELECT code FROM training_certificates WHERE user_id = ? AND course = ?",
                                          [.text(viewer.userID), .text(study.course.rawValue)]) == nil
            else { return (id, nil) }
            let passed = Set(try await tx.query("""
                SELECT DISTINCT study_id FROM training_attempts WHERE user_id = ? AND course = ? AND passed = 1
                """, [.text(viewer.userID), .text(study.course.rawValue)]).map { try $0.text("study_id") })
            guard Set(courseStudies).isSubset(of: passed) else { return (id, nil) }
            let code = VerificationCode.make()
            try await tx.execute("INSERT INTO training_certificates (code, user_id, course, issued_at) VALUES (?, ?, ?, ?)",
                                 [.text(code), .text(viewer.userID), .text(study.course.rawValue), .text(now)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "training.certificate_issued", detail: "course=\(study.course.rawValue)"), in: tx)
            return (id, TrainingCertificate(code: code, course: study.course, issuedAt: now, name: name))
        }
    }

    /// One of the user's own attempts; nil for another user's or an unknown id.
    public func attempt(_ id: String, userID: String) async throws -> StoredAttempt? {
        guard let row = try await db.queryFirst("SELECT * FROM training_attempts WHERE id = ? AND user_id = ?", [.text(id), .text(userID)])
        else { return nil }
        let items = try await db.query("SELECT question, choice, mark FROM training_attempt_items WHERE attempt_id = ? ORDER BY item_no", [.text(id)])
            .compactMap { r -> GradedItem? in
                guard let q = StudyQuestion(rawValue: try r.text("question")), let m = GradedItem.Mark(rawValue: try r.text("mark")) else { return nil }
                return GradedItem(question: q, option: try r.text("choice"), mark: m)
            }
        return StoredAttempt(id: id, userID: userID, studyID: try row.text("study_id"), attemptedAt: try row.text("attempted_at"),
                             score: try row.int("score"), passed: try row.int("passed") == 1, items: items)
    }

    /// The user's standing on every study attempted.
    public func progress(userID: String) async throws -> [String: StudyProgress] {
        let rows = try await db.query("""
            SELECT study_id, COUNT(*) AS attempts, MAX(score) AS best, MAX(passed) AS passed
            FROM training_attempts WHERE user_id = ? GROUP BY study_id
            """, [.text(userID)])
        var out: [String: StudyProgress] = [:]
        for r in rows {
            let p = StudyProgress(studyID: try r.text("study_id"), attempts: try r.int("attempts"), bestScore: try r.int("best"),
                                  passed: try r.int("passed") == 1)
            out[p.studyID] = p
        }
        return out
    }

    /// The user's certificates.
    public func certificates(userID: String) async throws -> [TrainingCertificate] {
        try await db.query("""
            SELECT c.code, c.course, c.issued_at, u.display_name FROM training_certificates c JOIN users u ON u.id = c.user_id
            WHERE c.user_id = ? ORDER BY c.issued_at
            """, [.text(userID)]).compactMap(Self.certificate)
    }

    /// The certificate with this code, for the public check: name, course and date, no more.
    public func certificate(code: String) async throws -> TrainingCertificate? {
        try await db.query("""
            SELECT c.code, c.course, c.issued_at, u.display_name FROM training_certificates c JOIN users u ON u.id = c.user_id
            WHERE c.code = ?
            """, [.text(code)]).compactMap(Self.certificate).first
    }

    /// What a cohort (one agency's attempts, or every agency's for nil) got right, missed and
    /// chose wrongly, item by item. Counting the instructor's look is audited.
    public func cohort(agencyID: String?, viewedBy viewer: Viewer) async throws -> CohortSummary {
        let filter = agencyID == nil ? "" : " WHERE a.agency_id = ?"
        let binds: [SQLValue] = agencyID.map { [.text($0)] } ?? []
        let totals = try await db.queryFirst("SELECT COUNT(DISTINCT a.user_id) AS officers, COUNT(*) AS attempts FROM training_attempts a" + filter, binds)
        let rows = try await db.query("""
            SELECT i.question, i.choice,
                   SUM(CASE WHEN i.mark = 'correct' THEN 1 ELSE 0 END) AS correct,
                   SUM(CASE WHEN i.mark = 'missed' THEN 1 ELSE 0 END) AS missed,
                   SUM(CASE WHEN i.mark = 'extra' THEN 1 ELSE 0 END) AS extra
            FROM training_attempt_items i JOIN training_attempts a ON a.id = i.attempt_id
            """ + filter + " GROUP BY i.question, i.choice", binds)
        let tallies = try rows.compactMap { r -> ItemTally? in
            guard let q = StudyQuestion(rawValue: try r.text("question")) else { return nil }
            return ItemTally(question: q, option: try r.text("choice"), correct: try r.int("correct"), missed: try r.int("missed"),
                             extra: try r.int("extra"))
        }
        try await audit.record(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "training.cohort_viewed",
                                          detail: "agency=\(agencyID ?? "all")"))
        return CohortSummary(officers: try totals?.int("officers") ?? 0, attempts: try totals?.int("attempts") ?? 0,
                             tallies: tallies.sorted { ($0.missed, $0.extra, $0.option) > ($1.missed, $1.extra, $1.option) })
    }

    private static func certificate(_ r: SQLRow) throws -> TrainingCertificate? {
        guard let course = Course(rawValue: try r.text("course")) else { return nil }
        return TrainingCertificate(code: try r.text("code"), course: course, issuedAt: try r.text("issued_at"), name: try r.text("display_name"))
    }
}
