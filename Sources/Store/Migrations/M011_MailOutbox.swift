/// E-mail waiting to be sent. Kept in the store, not in a process, so any server can send it
/// and none is lost when one stops. Messages carry notices only, never a victim's data.
struct M011_MailOutbox: Migration {
    let id = 11
    let name = "mail outbox"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE mail_outbox (
            id TEXT PRIMARY KEY,
            to_address TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sending_since TEXT,
            sent_at TEXT,
            attempts \(d.integer) NOT NULL,
            last_error TEXT)
        """,
        "CREATE INDEX mail_outbox_pending ON mail_outbox(sent_at, created_at)"]
    }
}
