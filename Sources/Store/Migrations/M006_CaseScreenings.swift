struct M006_CaseScreenings: Migration {
    let id = 6
    let name = "legal screenings kept with their case"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE case_screenings (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            facts TEXT NOT NULL,
            result TEXT NOT NULL,
            as_of TEXT NOT NULL,
            palermo_verdict TEXT NOT NULL,
            national_verdict TEXT NOT NULL,
            articles TEXT NOT NULL,
            created_by TEXT REFERENCES users(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX case_screenings_case ON case_screenings(case_id, created_at)"]
    }
}
