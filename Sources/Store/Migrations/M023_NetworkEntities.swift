/// Perpetrator networks (issue 16): the entities a case file names, the links among them, and
/// the decisions on names that may be the same. An identifier's text is sealed in `value`, bound
/// to its row; only `match_key`, a keyed hash of its normalised form (`KeyedDigest`), is
/// compared across cases, so the store holds no list of phones or accounts in plaintext. A
/// malformed identifier is kept with `malformed = 1` and no key: it links nothing until corrected.
struct M023_NetworkEntities: Migration {
    let id = 23
    let name = "network entities, their links, name keys and name decisions"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE network_mentions (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                entity_type TEXT NOT NULL,
                provider TEXT,
                role TEXT,
                match_key \(d.integer),
                malformed \(d.integer) NOT NULL,
                person_id TEXT REFERENCES case_persons(id) ON DELETE CASCADE,
                value \(d.blob) NOT NULL,
                first_seen TEXT,
                last_seen TEXT,
                agency_id TEXT NOT NULL REFERENCES agencies(id),
                created_by TEXT REFERENCES users(id),
                created_at TEXT NOT NULL)
            """,
            // "Seen elsewhere" reads one key's cases straight off this index.
            "CREATE INDEX network_mentions_key ON network_mentions(match_key, case_id)",
            "CREATE INDEX network_mentions_case ON network_mentions(case_id)",
            "CREATE INDEX network_mentions_person ON network_mentions(person_id)",
            // Links between two entities of one case: a call, a transfer, who holds a phone.
            // Repeats on one day are one row with their count and summed amount.
            """
            CREATE TABLE network_links (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                source_id TEXT NOT NULL REFERENCES network_mentions(id) ON DELETE CASCADE,
                target_id TEXT NOT NULL REFERENCES network_mentions(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                day TEXT,
                n \(d.integer) NOT NULL,
                amount \(d.integer),
                agency_id TEXT NOT NULL REFERENCES agencies(id),
                created_by TEXT REFERENCES users(id),
                created_at TEXT NOT NULL)
            """,
            "CREATE INDEX network_links_case ON network_links(case_id)",
            "CREATE TABLE network_name_keys (name_key \(d.integer) NOT NULL, mention_id TEXT NOT NULL REFERENCES network_mentions(id) ON DELETE CASCADE, PRIMARY KEY (name_key, mention_id))"
                + (d == .sqlite ? " WITHOUT ROWID" : ""),
            "CREATE INDEX network_name_keys_mention ON network_name_keys(mention_id)",
            """
            CREATE TABLE network_name_links (
                id TEXT PRIMARY KEY,
                mention_a TEXT NOT NULL REFERENCES network_mentions(id) ON DELETE CASCADE,
                mention_b TEXT NOT NULL REFERENCES network_mentions(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                version \(d.integer) NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (mention_a, mention_b))
            """,
            "CREATE INDEX network_name_links_b ON network_name_links(mention_b)",
            """
            CREATE TABLE network_name_link_history (
                link_id TEXT NOT NULL REFERENCES network_name_links(id) ON DELETE CASCADE,
                version \(d.integer) NOT NULL,
                action TEXT NOT NULL,
                user_id TEXT REFERENCES users(id),
                agency_id TEXT REFERENCES agencies(id),
                note TEXT,
                at TEXT NOT NULL,
                PRIMARY KEY (link_id, version))
            """,
        ]
    }
}
