struct M002_UsersAndAccess: Migration {
    let id = 2
    let name = "users, sessions, API tokens, setup tokens"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agencies(id),
            role TEXT NOT NULL,
            email TEXT,
            password_hash TEXT NOT NULL,
            totp_secret \(d.blob),
            totp_last_step \(d.integer),
            failed_attempts \(d.integer) NOT NULL DEFAULT 0,
            locked_until TEXT,
            disabled \(d.integer) NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX users_agency ON users(agency_id)",
        """
        CREATE TABLE sessions (
            id_hash TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            second_factor_done \(d.integer) NOT NULL DEFAULT 0,
            language TEXT NOT NULL DEFAULT 'id',
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL)
        """,
        "CREATE INDEX sessions_user ON sessions(user_id)",
        """
        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT)
        """,
        """
        CREATE TABLE setup_tokens (
            token_hash TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT)
        """]
    }
}
