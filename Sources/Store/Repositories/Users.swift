import Cases
import Foundation
import Security

/// A user as the store holds them. The password hash and TOTP secret never leave the store.
public struct UserAccount: Sendable, Hashable, Identifiable {
    public let id: String
    public let username: String
    public let displayName: String
    public let agencyID: String
    public let role: Role
    public let email: String?
    public let hasSecondFactor: Bool
    public let disabled: Bool

    public var viewer: Viewer { Viewer(userID: id, agencyID: agencyID, role: role) }
}

public struct UserRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog

    /// How many failed sign-ins lock an account, and for how long.
    public static let maxFailedAttempts = 5
    public static let lockout: TimeInterval = 15 * 60

    public func create(username: String, displayName: String, agencyID: String, role: Role, email: String?,
                       passwordHash: String, in tx: (any SQLExecutor)? = nil) async throws -> UserAccount {
        let id = UUID().uuidString.lowercased()
        do {
            try await (tx ?? db).execute("""
                INSERT INTO users (id, username, display_name, agency_id, role, email, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(username.lowercased()), .text(displayName), .text(agencyID), .text(role.rawValue),
                      .optional(email), .text(passwordHash), .text(Timestamp.now())])
        } catch StoreError.conflict {
            throw StoreError.conflict("username \(username) is taken")
        }
        return UserAccount(id: id, username: username.lowercased(), displayName: displayName, agencyID: agencyID,
                           role: role, email: email, hasSecondFactor: false, disabled: false)
    }

    public func find(id: String) async throws -> UserAccount? {
        try await db.query("SELECT * FROM users WHERE id = ?", [.text(id)]).first.map(Self.user)
    }

    public func find(username: String) async throws -> UserAccount? {
        try await db.query("SELECT * FROM users WHERE username = ?", [.text(username.lowercased())]).first.map(Self.user)
    }

    public func count() async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM users", []).first?.int("n") ?? 0
    }

    /// How many enabled users an agency has in a role.
    public func enabledCount(agencyID: String, role: Role) async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM users WHERE agency_id = ? AND role = ? AND disabled = 0",
                           [.text(agencyID), .text(role.rawValue)]).first?.optionalInt("n") ?? 0
    }

    public func all() async throws -> [UserAccount] {
        try await db.query("SELECT * FROM users ORDER BY username", []).map(Self.user)
    }

    /// What a sign-in needs: the hash, and whether the account is locked right now.
    public func credentials(username: String) async throws -> (user: UserAccount, hash: String, lockedUntil: Date?)? {
        guard let r = try await db.query("SELECT * FROM users WHERE username = ?", [.text(username.lowercased())]).first
        else { return nil }
        let locked = r.optionalText("locked_until").flatMap(Timestamp.date)
        return (try Self.user(r), try r.text("password_hash"), locked)
    }

    /// Counts a failed password or second-factor code; answers whether the account is now locked.
    @discardableResult
    public func recordFailure(userID: String, now: Date = Date()) async throws -> Bool {
        try await db.transaction { tx in
            let rows = try await tx.query(
                "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts", [.text(userID)])
            if let n = rows.first?.optionalInt("failed_attempts"), n >= Self.maxFailedAttempts {
                try await tx.execute("UPDATE users SET locked_until = ?, failed_attempts = 0 WHERE id = ?",
                                     [.text(Timestamp.string(now.addingTimeInterval(Self.lockout))), .text(userID)])
                try await audit.append(AuditEvent(actorUserID: userID, actorAgencyID: nil, action: "user.locked",
                                                  detail: "after \(n) failed sign-ins"), in: tx)
                return true
            }
            return false
        }
    }

    /// Until when the account is locked, if it is now.
    public func lockedUntil(userID: String, now: Date = Date()) async throws -> Date? {
        let locked = try await db.query("SELECT locked_until FROM users WHERE id = ?", [.text(userID)]).first?
            .optionalText("locked_until").flatMap(Timestamp.date)
        return locked.flatMap { $0 > now ? $0 : nil }
    }

    public func recordSuccess(userID: String) async throws {
        try await db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [.text(userID)])
    }

    /// Moves a user to another role or agency; every session ends, so the new rights count at once.
    public func update(userID: String, role: Role, agencyID: String, by admin: Viewer) async throws {
        try await db.transaction { tx in
            guard try await tx.query("SELECT 1 AS one FROM agencies WHERE id = ? AND active = 1", [.text(agencyID)]).first != nil else {
                throw ValidationFailure([FieldError(field: "agencyID", id: "Pilih instansi yang aktif.", en: "Choose an active agency.")])
            }
            guard try await tx.execute("UPDATE users SET role = ?, agency_id = ? WHERE id = ?",
                                       [.text(role.rawValue), .text(agencyID), .text(userID)]) == 1
            else { throw StoreError.notFound("user \(userID)") }
            try await tx.execute("DELETE FROM sessions WHERE user_id = ?", [.text(userID)])
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID, action: "user.updated",
                                                 detail: "user=\(userID) role=\(role.rawValue) agency=\(agencyID)"), in: tx)
        }
    }

    /// Disables or enables a user. Disabling ends every session and revokes every API token.
    public func setDisabled(userID: String, _ disabled: Bool, by admin: Viewer, now: Date = Date()) async throws {
        try await db.transaction { tx in
            guard try await tx.execute("UPDATE users SET disabled = ? WHERE id = ?", [.bool(disabled), .text(userID)]) == 1
            else { throw StoreError.notFound("user \(userID)") }
            if disabled {
                try await tx.execute("DELETE FROM sessions WHERE user_id = ?", [.text(userID)])
                try await tx.execute("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                                     [.text(Timestamp.string(now)), .text(userID)])
            }
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID,
                                                 action: disabled ? "user.disabled" : "user.enabled", detail: "user=\(userID)"), in: tx)
        }
    }

    /// A new password ends every session the old one opened.
    public func setPassword(userID: String, hash: String) async throws {
        try await db.transaction { tx in
            try await tx.execute("UPDATE users SET password_hash = ? WHERE id = ?", [.text(hash), .text(userID)])
            try await tx.execute("DELETE FROM sessions WHERE user_id = ?", [.text(userID)])
        }
    }

    /// The user's TOTP secret, decrypted, and the last step accepted (to refuse replays).
    public func secondFactor(userID: String) async throws -> (TOTP, Int64?)? {
        guard let r = try await db.query("SELECT totp_secret, totp_last_step FROM users WHERE id = ?", [.text(userID)]).first,
              let sealed = r.blob("totp_secret") else { return nil }
        let secret = try cipher.open(sealed, context: "totp:\(userID)")
        return (TOTP(secret: [UInt8](secret)), r["totp_last_step"].int64)
    }

    public func setSecondFactor(userID: String, totp: TOTP, acceptedStep: Int64) async throws {
        let sealed = try cipher.seal(Data(totp.secret), context: "totp:\(userID)")
        try await db.execute("UPDATE users SET totp_secret = ?, totp_last_step = ? WHERE id = ?",
                             [.blob(sealed), .int(acceptedStep), .text(userID)])
    }

    /// Records the step of an accepted code; false when that step (or a later one) was used already.
    public func useSecondFactorStep(userID: String, step: Int64) async throws -> Bool {
        try await db.execute("""
            UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)
            """, [.int(step), .text(userID), .int(step)]) == 1
    }

    /// The columns `user(_:)` reads, for joins from sessions and tokens (`u` is the users alias).
    static let columns = "u.id, u.username, u.display_name, u.agency_id, u.role, u.email, u.disabled, CASE WHEN u.totp_secret IS NULL THEN 0 ELSE 1 END AS has_totp"

    static func user(_ r: SQLRow) throws -> UserAccount {
        UserAccount(id: try r.text("id"), username: try r.text("username"), displayName: try r.text("display_name"),
                    agencyID: try r.text("agency_id"), role: Role(rawValue: try r.text("role")) ?? .analyst,
                    email: r.optionalText("email"), hasSecondFactor: r.blob("totp_secret") != nil || r.bool("has_totp"),
                    disabled: r.bool("disabled"))
    }
}
