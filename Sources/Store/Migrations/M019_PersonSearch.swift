/// Search for a case by a person's name or NIK without plaintext in the store: each person's
/// name tokens (spelling-folded) and NIK are kept as keyed hashes (`PersonSearchIndex`), found
/// by equality on `search_key` and limited to the cases the searcher's agency is involved in.
struct M019_PersonSearch: Migration {
    let id = 19
    let name = "person search keys"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE person_search_keys (
                search_key \(d.integer) NOT NULL,
                person_id TEXT NOT NULL REFERENCES case_persons(id) ON DELETE CASCADE,
                case_id TEXT NOT NULL,
                PRIMARY KEY (search_key, person_id))
            """,
            "CREATE INDEX person_search_keys_person ON person_search_keys(person_id)",
        ]
    }
}
