import Cases
import Foundation
import Security

/// One-time links that open a user's account: to set the first password (`setup`), or to set a
/// new one after the administrator reset the password or the second factor (`reset`). Only the
/// hash of a link is kept; a new link for a user voids that user's earlier unused ones.
public struct AccountLinks: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    public enum Purpose: String, Sendable, CaseIterable {
        /// A new account: choose a password.
        case setup
        /// A forgotten password: choose a new one.
        case resetPassword = "reset_password"
        /// A lost phone: choose a new password, then enrol a new second factor.
        case resetSecondFactor = "reset_second_factor"
    }

    /// How long a link works.
    public static let lifetime: TimeInterval = 72 * 3600

    public func create(userID: String, purpose: Purpose, by admin: Viewer, now: Date = Date()) async throws -> String {
        let secret = Secrets.token(byteCount: 24)
        try await db.transaction { tx in
            try await tx.execute("UPDATE account_links SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
                                 [.text(Timestamp.string(now)), .text(userID)])
            try await tx.execute("""
                INSERT INTO account_links (token_hash, user_id, purpose, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, [.text(Secrets.hash(secret)), .text(userID), .text(purpose.rawValue), .text(admin.userID),
                      .text(Timestamp.string(now)), .text(Timestamp.string(now.addingTimeInterval(Self.lifetime)))])
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID, action: "user.link_created",
                                                 detail: "user=\(userID) purpose=\(purpose.rawValue)"), in: tx, at: now)
        }
        return secret
    }

    /// The user and purpose of a valid link, without using it (to show the form).
    public func peek(_ secret: String, now: Date = Date()) async throws -> (userID: String, purpose: Purpose)? {
        guard secret.utf8.count <= 100, let r = try await db.query("""
            SELECT user_id, purpose FROM account_links WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
            """, [.text(Secrets.hash(secret)), .text(Timestamp.string(now))]).first,
              let purpose = Purpose(rawValue: try r.text("purpose")) else { return nil }
        return (try r.text("user_id"), purpose)
    }

    /// Uses the link once: sets the password (a reset of the second factor also removes the old
    /// one), ends every session of the user and lifts a lock-out. Nil when the link is not valid.
    public func use(_ secret: String, passwordHash: String, now: Date = Date()) async throws -> (userID: String, purpose: Purpose)? {
        guard let (userID, purpose) = try await peek(secret, now: now) else { return nil }
        return try await db.transaction { tx in
            guard try await tx.execute("UPDATE account_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                                       [.text(Timestamp.string(now)), .text(Secrets.hash(secret)), .text(Timestamp.string(now))]) == 1
            else { return nil }
            try await tx.execute("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                                 [.text(passwordHash), .text(userID)])
            if purpose == .resetSecondFactor {
                try await tx.execute("UPDATE users SET totp_secret = NULL, totp_last_step = NULL WHERE id = ?", [.text(userID)])
            }
            try await tx.execute("DELETE FROM sessions WHERE user_id = ?", [.text(userID)])
            try await audit.append(AuditEvent(actorUserID: userID, actorAgencyID: nil, action: "user.link_used",
                                                 detail: "purpose=\(purpose.rawValue)"), in: tx, at: now)
            return (userID, purpose)
        }
    }
}
