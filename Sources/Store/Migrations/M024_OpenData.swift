/// Open data (issue 19): the privacy budget of each data set and what has been spent of it, and
/// the published releases with their files. A release is written once, when it is published,
/// and never updated: its files are what the manifest's signature covers. Budgets and spendings
/// hold exact fractions as text ("1/2"), so the ledger adds without rounding.
struct M024_OpenData: Migration {
    let id = 24
    let name = "open-data privacy budgets, spendings and published releases"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE open_data_budgets (
                dataset TEXT PRIMARY KEY,
                cap_epsilon TEXT NOT NULL,
                cap_delta TEXT NOT NULL,
                updated_by TEXT REFERENCES users(id),
                updated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE open_data_spendings (
                id TEXT PRIMARY KEY,
                dataset TEXT NOT NULL,
                spent_by TEXT NOT NULL,
                table_name TEXT NOT NULL,
                epsilon TEXT NOT NULL,
                delta TEXT NOT NULL,
                spent_on TEXT NOT NULL,
                created_at TEXT NOT NULL)
            """,
            "CREATE INDEX open_data_spendings_dataset ON open_data_spendings(dataset, created_at)",
            """
            CREATE TABLE open_data_releases (
                version TEXT PRIMARY KEY,
                dataset TEXT NOT NULL,
                release_date TEXT NOT NULL,
                approved_by TEXT NOT NULL REFERENCES users(id),
                approved_on TEXT NOT NULL,
                published_by TEXT NOT NULL REFERENCES users(id),
                published_at TEXT NOT NULL,
                receipt TEXT NOT NULL)
            """,
            """
            CREATE TABLE open_data_release_files (
                version TEXT NOT NULL REFERENCES open_data_releases(version),
                position \(d.integer) NOT NULL,
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                contents \(d.blob) NOT NULL,
                PRIMARY KEY (version, name))
            """,
        ]
    }
}
