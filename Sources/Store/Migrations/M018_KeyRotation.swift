/// Where `simpul key rotate` stands in each sealed column: the last primary key it re-sealed, for
/// the key it re-seals to, so that a rotation stopped by a crash or a kill resumes there.
/// Which key seals and which keys the data may be under live in the `data_keys` setting.
/// `key_holders`: each running server's keys, so that no key becomes current before every server
/// can read what is sealed under it.
struct M018_KeyRotation: Migration {
    let id = 18
    let name = "key rotation checkpoints"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE key_rotation_progress (
                sealed_column TEXT PRIMARY KEY,
                target_key \(d.integer) NOT NULL,
                after_key TEXT,
                done \(d.integer) NOT NULL,
                resealed \(d.integer) NOT NULL,
                updated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE key_holders (
                server TEXT PRIMARY KEY,
                key_ids TEXT NOT NULL,
                sealing_key \(d.integer) NOT NULL,
                seen_at TEXT NOT NULL)
            """,
        ]
    }
}
