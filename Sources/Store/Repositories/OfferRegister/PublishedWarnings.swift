import Cases
import Foundation
import OfferCheck

/// The task force's published warnings (M022): written by an administrator, who thereby
/// approves them, and withdrawn rather than deleted, so the record of what was said publicly
/// and when stays. Both are audited in the same transaction.
public struct PublishedWarningRepository: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    /// Publishes `draft` (its id and `approvedBy` are set here) as approved by `admin`. A draft
    /// without an identifier or a basis, or with an unreadable phone, is refused field by field.
    @discardableResult
    public func publish(_ draft: PublishedWarning, by admin: Viewer) async throws -> String {
        let problems = draft.problems
        guard problems.isEmpty else {
            throw ValidationFailure(problems.map { FieldError(field: $0.field, id: $0.message.id, en: $0.message.en) })
        }
        let id = UUID().uuidString.lowercased()
        func text(_ s: String?) -> SQLValue {
            let t = s?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return t.isEmpty ? .null : .text(t)
        }
        let binds: [SQLValue] = [.text(id), text(draft.name), text(draft.licenceNumber), text(draft.phone), text(draft.account),
                                 .text(draft.legalBasis.trimmingCharacters(in: .whitespacesAndNewlines)), .text(draft.publishedOn.description),
                                 .text(admin.userID), .text(Timestamp.now())]
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO published_warnings (id, name, licence_number, phone, account, legal_basis, published_on, approved_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, binds)
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID, action: "warning.published",
                                              detail: "warning=\(id) published_on=\(draft.publishedOn)"), in: tx)
        }
        return id
    }

    /// Takes a warning off the public list; it stays in the store with who withdrew it and when.
    public func withdraw(id: String, by admin: Viewer) async throws {
        try await db.transaction { tx in
            guard try await tx.execute("UPDATE published_warnings SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL",
                                       [.text(Timestamp.now()), .text(admin.userID), .text(id)]) == 1
            else { throw StoreError.notFound("published warning \(id)") }
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID, action: "warning.withdrawn",
                                              detail: "warning=\(id)"), in: tx)
        }
    }

    /// The warnings in force, newest first.
    public func current() async throws -> [PublishedWarning] { try await Self.current(in: db) }

    static func current(in db: any SQLExecutor) async throws -> [PublishedWarning] {
        try await db.query("""
            SELECT w.*, u.display_name FROM published_warnings w JOIN users u ON u.id = w.approved_by
            WHERE w.withdrawn_at IS NULL ORDER BY w.published_on DESC, w.created_at DESC
            """, []).map(Self.warning)
    }

    static func warning(_ r: SQLRow) throws -> PublishedWarning {
        guard let day = CalendarDay(iso: try r.text("published_on")) else { throw StoreError.corrupt("published_warnings.published_on") }
        return PublishedWarning(id: try r.text("id"), name: r.optionalText("name"), licenceNumber: r.optionalText("licence_number"),
                                phone: r.optionalText("phone"), account: r.optionalText("account"), legalBasis: try r.text("legal_basis"),
                                publishedOn: day, approvedBy: try r.text("display_name"))
    }
}
