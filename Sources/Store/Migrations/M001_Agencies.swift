struct M001_Agencies: Migration {
    let id = 1
    let name = "agencies"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE agencies (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            province_code TEXT,
            created_at TEXT NOT NULL)
        """]
    }
}
