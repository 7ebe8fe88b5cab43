import Foundation
import Security

/// API tokens for machine clients, and the one-time token that lets the first administrator in.
/// Both are stored only as hashes.
public struct TokenRepository: Sendable {
    let db: any SQLDatabase
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog
    /// Users of tokens checked recently (see `VersionedCache`).
    var cache: VersionedCache<String, TokenHolder>? = nil

    public func createAPIToken(userID: String, name: String, validFor days: Int?, now: Date = Date()) async throws -> String {
        let secret = "spl_" + Secrets.token()
        let expires = days.map { Timestamp.string(now.addingTimeInterval(TimeInterval($0) * 86400)) }
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO api_tokens (id, token_hash, user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, [.text(UUID().uuidString.lowercased()), .text(Secrets.hash(secret)), .text(userID), .text(name),
                      .text(Timestamp.string(now)), .optional(expires)])
            try await audit.append(AuditEvent(actorUserID: userID, actorAgencyID: nil, action: "token.create",
                                              detail: "name=\(name)"), in: tx)
        }
        return secret
    }

    /// A user's API tokens as an administrator may see them (never the secret, which is not kept).
    public func apiTokens(userID: String) async throws -> [APITokenInfo] {
        try await db.query("SELECT name, created_at, expires_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY created_at, name",
                           [.text(userID)]).map {
            APITokenInfo(name: try $0.text("name"), createdAt: try $0.text("created_at"),
                         expiresAt: $0.optionalText("expires_at"), revokedAt: $0.optionalText("revoked_at"))
        }
    }

    /// Revokes a user's tokens of that name; answers how many were still valid. From the next
    /// request on, on every server, they no longer sign anyone in.
    public func revokeAPITokens(userID: String, name: String, now: Date = Date()) async throws -> Int {
        try await db.transaction { tx in
            let n = try await tx.execute("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND name = ? AND revoked_at IS NULL",
                                         [.text(Timestamp.string(now)), .text(userID), .text(name)])
            try await audit.append(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "token.revoke",
                                              detail: "user=\(userID) name=\(name) revoked=\(n)"), in: tx)
            return n
        }
    }

    /// The user of a valid API token, in one round trip (every API request asks this).
    ///
    /// `accessNumber`: the store's access change number read at the start of the request
    /// (`SimpulStore.changeNumbers`). With it, a token checked since the last change to any user
    /// or token is not looked up again; a revocation, a disabled user or a new role is a change,
    /// so it counts from the next request on every server.
    public func user(forAPIToken secret: String, now: Date = Date(), accessNumber: Int64? = nil) async throws -> UserAccount? {
        let hash = Secrets.hash(secret)
        let stamp = Timestamp.string(now)
        if let n = accessNumber, let kept = cache?.value(hash, version: n) {
            return kept.expiresAt.map { $0 > stamp } ?? true ? kept.user : nil
        }
        guard let r = try await db.query("""
            SELECT \(UserRepository.columns), t.expires_at AS token_expires_at FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)
            """, [.text(hash), .text(stamp)]).first else { return nil }
        let user = try UserRepository.user(r)
        if let n = accessNumber { cache?.keep(TokenHolder(user: user, expiresAt: r.optionalText("token_expires_at")), hash, version: n) }
        return user
    }

    public func createSetupToken(validFor hours: Double = 24, now: Date = Date()) async throws -> String {
        let secret = Secrets.token(byteCount: 18)
        try await db.execute("INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES (?, ?, ?)",
                             [.text(Secrets.hash(secret)), .text(Timestamp.string(now)),
                              .text(Timestamp.string(now.addingTimeInterval(hours * 3600)))])
        return secret
    }

    /// Uses a setup token once, inside the transaction that creates the administrator.
    public static func consumeSetupToken(_ secret: String, in tx: any SQLExecutor, now: Date = Date()) async throws -> Bool {
        try await tx.execute("""
            UPDATE setup_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
            """, [.text(Timestamp.string(now)), .text(Secrets.hash(secret)), .text(Timestamp.string(now))]) == 1
    }
}

/// An API token's bookkeeping: what `simpul token list` shows.
public struct APITokenInfo: Sendable, Equatable {
    public let name: String
    public let createdAt: String
    public let expiresAt: String?
    public let revokedAt: String?
}
