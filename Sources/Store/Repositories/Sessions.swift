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
    /// A working day, at most.
    public static let lifetime: TimeInterval = 8 * 3600
    /// A session between the password and the second factor: long enough to open the
    /// authenticator, too short to guess codes in (wrong codes also count towards the lock-out).
    public static let pendingLifetime: TimeInterval = 10 * 60
    /// A session nobody used for this long ends (a desk left open in a shared office).
    public static let idleTimeout: TimeInterval = 30 * 60
    /// Use is written back at most this often, so reading pages does not write on every request.
    static let touchInterval: TimeInterval = 60

    /// Creates a session; answers the secret for the cookie (only its hash is stored). A session
    /// still waiting for the second factor (`pending`) lives `pendingLifetime` only.
    public func create(userID: String, secondFactorDone: Bool, pending: Bool = false, language: String,
                       now: Date = Date()) async throws -> String {
        let secret = Secrets.token()
        let expires = now.addingTimeInterval(pending ? Self.pendingLifetime : Self.lifetime)
        try await db.execute("""
            INSERT INTO sessions (id_hash, user_id, csrf_token, second_factor_done, language, created_at, expires_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(Secrets.hash(secret)), .text(userID), .text(Secrets.token(byteCount: 24)), .bool(secondFactorDone),
                  .text(language), .text(Timestamp.string(now)), .text(Timestamp.string(expires)), .text(Timestamp.string(now))])
        return secret
    }

    /// Replaces a pending session by a new one once the second factor is given: a new secret
    /// and CSRF token, so whatever saw the pending cookie holds nothing that works.
    public func promote(secret: String, language: String, now: Date = Date()) async throws -> String? {
        guard let userID = try await db.query("SELECT user_id FROM sessions WHERE id_hash = ?", [.text(Secrets.hash(secret))]).first?
            .optionalText("user_id") else { return nil }
        try await delete(secret: secret)
        return try await create(userID: userID, secondFactorDone: true, language: language, now: now)
    }

    /// Ends every session of a user (a new password, a disabled account, a reset second factor).
    public func deleteAll(userID: String) async throws {
        try await db.execute("DELETE FROM sessions WHERE user_id = ?", [.text(userID)])
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

    /// The session, its user and the store's change numbers in one round trip: every signed-in
    /// request asks this, and on PostgreSQL a round trip is most of what a kept page costs. A
    /// session idle for `idleTimeout` is over; use is written back once a minute at most.
    public func signedIn(secret: String, now: Date = Date()) async throws -> (Session, UserAccount, ChangeNumbers)? {
        let idHash = Secrets.hash(secret)
        guard let r = try await db.queryPrepared("""
            SELECT s.user_id, s.csrf_token, s.second_factor_done, s.language, s.expires_at, s.last_seen_at, s.created_at, \(UserRepository.columns),
                \(ChangeNumbers.selected)
            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?
            """, [.text(idHash), .text(Timestamp.string(now))]).first else { return nil }
        let numbers = try ChangeNumbers(r)
        let lastSeen = (r.optionalText("last_seen_at") ?? r.optionalText("created_at")).flatMap(Timestamp.date) ?? .distantPast
        if now.timeIntervalSince(lastSeen) > Self.idleTimeout {
            try await db.execute("DELETE FROM sessions WHERE id_hash = ?", [.text(idHash)])
            return nil
        }
        if now.timeIntervalSince(lastSeen) > Self.touchInterval {
            try await db.execute("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", [.text(Timestamp.string(now)), .text(idHash)])
        }
        let session = Session(userID: try r.text("user_id"), csrfToken: try r.text("csrf_token"), secondFactorDone: r.bool("second_factor_done"),
                              language: try r.text("language"), expiresAt: Timestamp.date(try r.text("expires_at")) ?? now)
        return (session, try UserRepository.user(r), numbers)
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
