/// What the administration pages need: agencies that can be deactivated without losing their
/// history, and one-time links that let a new user set a password (or an old one reset it)
/// instead of a password printed for someone to pass on.
struct M016_AdminOperations: Migration {
    let id = 16
    let name = "admin operations"

    func statements(_ d: SQLDialect) -> [String] {
        [
            "ALTER TABLE agencies ADD COLUMN active \(d.integer) NOT NULL DEFAULT 1",
            """
            CREATE TABLE account_links (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                purpose TEXT NOT NULL,
                created_by TEXT,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT)
            """,
            "CREATE INDEX account_links_user ON account_links(user_id)",
        ]
    }
}
