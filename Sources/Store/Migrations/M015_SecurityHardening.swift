/// What the security review asked of the schema: sessions end after idle time (`last_seen_at`),
/// a proof-of-work challenge is spent once across every server (`spent_challenges`), and the
/// volume of person-matching lookups by one user can be counted without scanning the log.
struct M015_SecurityHardening: Migration {
    let id = 15
    let name = "security hardening"

    func statements(_ d: SQLDialect) -> [String] {
        [
            "ALTER TABLE sessions ADD COLUMN last_seen_at TEXT",
            "CREATE TABLE spent_challenges (nonce TEXT PRIMARY KEY, expires_at TEXT NOT NULL)",
            "CREATE INDEX spent_challenges_expiry ON spent_challenges (expires_at)",
            "CREATE INDEX audit_log_actor_action ON audit_log (actor_user_id, action, at)",
        ]
    }
}
