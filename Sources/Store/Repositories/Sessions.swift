import Foundation
import Security

/// A signed-in browser. Lives in the store, not in a server's memory, so any of several servers
/// behind a load balancer can answer the next request.
public struct Session: Sendable, Hashable {
    public let userID: String
    public let csrfToken: String
    public let secondFactorDone: Bool
    public let language: String
    public let expiresAt: Date
}

public struct SessionRepository: Sendable {
    let db: any SQLDatabase
    public static let lifetime: TimeInterval = 8 * 3600

    /// Creates a session; answers the secret for the cookie (only its hash is stored).
    public func create(userID: String, secondFactorDone: Bool, language: String, now: Date = Date()) async throws -> String {
        let secret = Secrets.token()
        try await db.execute("""
            INSERT INTO sessions (id_hash, user_id, csrf_token, second_factor_done, language, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(Secrets.hash(secret)), .text(userID), .text(Secrets.token(byteCount: 24)), .bool(secondFactorDone),
                  .text(language), .text(Timestamp.string(now)), .text(Timestamp.string(now.addingTimeInterval(Self.lifetime)))])
        return secret
    }

    public func find(secret: String, now: Date = Date()) async throws -> Session? {
        guard let r = try await db.query("SELECT * FROM sessions WHERE id_hash = ?", [.text(Secrets.hash(secret))]).first
        else { return nil }
        guard let expires = Timestamp.date(try r.text("expires_at")), expires > now else {
            try await delete(secret: secret)
            return nil
        }
        return Session(userID: try r.text("user_id"), csrfToken: try r.text("csrf_token"),
                       secondFactorDone: r.bool("second_factor_done"), language: try r.text("language"), expiresAt: expires)
    }

    /// The session and its user in one round trip: every signed-in request asks this.
    public func signedIn(secret: String, now: Date = Date()) async throws -> (Session, UserAccount)? {
        guard let r = try await db.query("""
            SELECT s.user_id, s.csrf_token, s.second_factor_done, s.language, s.expires_at, \(UserRepository.columns)
            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?
            """, [.text(Secrets.hash(secret)), .text(Timestamp.string(now))]).first else { return nil }
        let session = Session(userID: try r.text("user_id"), csrfToken: try r.text("csrf_token"), secondFactorDone: r.bool("second_factor_done"),
                              language: try r.text("language"), expiresAt: Timestamp.date(try r.text("expires_at")) ?? now)
        return (session, try UserRepository.user(r))
    }

    public func markSecondFactorDone(secret: String) async throws {
        try await db.execute("UPDATE sessions SET second_factor_done = 1 WHERE id_hash = ?", [.text(Secrets.hash(secret))])
    }

    public func setLanguage(secret: String, language: String) async throws {
        try await db.execute("UPDATE sessions SET language = ? WHERE id_hash = ?", [.text(language), .text(Secrets.hash(secret))])
    }

    public func delete(secret: String) async throws {
        try await db.execute("DELETE FROM sessions WHERE id_hash = ?", [.text(Secrets.hash(secret))])
    }

    public func deleteExpired(now: Date = Date()) async throws {
        try await db.execute("DELETE FROM sessions WHERE expires_at < ?", [.text(Timestamp.string(now))])
    }
}
