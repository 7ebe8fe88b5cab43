import Foundation

/// One e-mail in the outbox.
public struct OutgoingMail: Sendable, Hashable {
    public let id: String
    public let to: String
    public let subject: String
    public let body: String
}

/// The store's outbox: notices become e-mails to the users of the agency who gave an address.
/// Any server may send; a message is claimed before it is sent, so two servers never both send it.
public struct MailOutbox: Sendable {
    let db: any SQLDatabase

    /// Queues the notice for every user (of the agency, or the one user) with an e-mail address.
    static func enqueue(_ n: Notice, in tx: any SQLExecutor) async throws {
        let users = try await tx.query("""
            SELECT email FROM users WHERE agency_id = ? AND email IS NOT NULL AND disabled = 0 AND (CAST(? AS TEXT) IS NULL OR id = ?)
            """, [.text(n.agencyID), .optional(n.userID), .optional(n.userID)])
        for address in users.compactMap({ $0.optionalText("email") }) where address.contains("@") {
            try await tx.execute("""
                INSERT INTO mail_outbox (id, to_address, subject, body, created_at, attempts) VALUES (?, ?, ?, ?, ?, 0)
                """, [.text(UUID().uuidString.lowercased()), .text(address), .text("[Simpul] " + n.text.id),
                      .text("\(n.text.id)\n\(n.text.en)\n\nBuka Simpul untuk rinciannya. / Open Simpul for the details.\n"
                            + (n.recordID.map { "Ref: \($0)\n" } ?? "")),
                      .text(Timestamp.now())])
        }
    }

    /// Claims up to `limit` unsent messages (and any claimed over ten minutes ago by a server
    /// that then stopped), oldest first.
    public func claim(limit: Int = 20, now: Date = Date()) async throws -> [OutgoingMail] {
        let stale = Timestamp.string(now.addingTimeInterval(-600))
        let rows = try await db.query("""
            SELECT id, to_address, subject, body FROM mail_outbox
            WHERE sent_at IS NULL AND attempts < 10 AND (sending_since IS NULL OR sending_since < ?) ORDER BY created_at LIMIT ?
            """, [.text(stale), .int(limit)])
        var claimed: [OutgoingMail] = []
        for r in rows {
            let id = try r.text("id")
            let won = try await db.execute("""
                UPDATE mail_outbox SET sending_since = ?, attempts = attempts + 1 WHERE id = ? AND sent_at IS NULL
                    AND (sending_since IS NULL OR sending_since < ?)
                """, [.text(Timestamp.string(now)), .text(id), .text(stale)])
            if won == 1 {
                claimed.append(OutgoingMail(id: id, to: try r.text("to_address"), subject: try r.text("subject"), body: try r.text("body")))
            }
        }
        return claimed
    }

    public func markSent(_ id: String) async throws {
        try await db.execute("UPDATE mail_outbox SET sent_at = ?, sending_since = NULL, last_error = NULL WHERE id = ?",
                             [.text(Timestamp.now()), .text(id)])
    }

    /// Back to the queue, with why (no addresses or contents in the error text).
    public func markFailed(_ id: String, error: String) async throws {
        try await db.execute("UPDATE mail_outbox SET sending_since = NULL, last_error = ? WHERE id = ?",
                             [.text(String(error.prefix(300))), .text(id)])
    }

    public func pendingCount() async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM mail_outbox WHERE sent_at IS NULL", []).first?.optionalInt("n") ?? 0
    }
}
