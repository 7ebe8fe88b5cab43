/// Person matching across agencies. The blocking keys and term counts are keyed hashes (see
/// `KeyedDigest`): the database alone does not reveal which names or NIKs they stand for.
/// Decisions on candidate pairs keep their whole history; undoing one adds a step, never
/// deletes one.
struct M012_PersonMatching: Migration {
    let id = 12
    let name = "person matching keys, term counts, links and their history"

    func statements(_ d: SQLDialect) -> [String] {
        [
            // No foreign key to case_persons: a key row is written for every person of a bulk
            // load, and the check per row cost more than the insert.
            "CREATE TABLE person_match_keys (match_key \(d.integer) NOT NULL, person_id TEXT NOT NULL, PRIMARY KEY (match_key, person_id))"
                + (d == .sqlite ? " WITHOUT ROWID" : ""),
            "CREATE TABLE person_match_terms (term \(d.integer) PRIMARY KEY, n \(d.integer) NOT NULL)",
            """
            CREATE TABLE person_links (
                id TEXT PRIMARY KEY,
                person_a TEXT NOT NULL REFERENCES case_persons(id) ON DELETE CASCADE,
                person_b TEXT NOT NULL REFERENCES case_persons(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                probability \(d == .sqlite ? "REAL" : "DOUBLE PRECISION") NOT NULL,
                version \(d.integer) NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (person_a, person_b))
            """,
            "CREATE INDEX person_links_b ON person_links(person_b)",
            """
            CREATE TABLE person_link_history (
                link_id TEXT NOT NULL REFERENCES person_links(id) ON DELETE CASCADE,
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
