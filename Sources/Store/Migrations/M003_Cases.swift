struct M003_Cases: Migration {
    let id = 3
    let name = "cases, involved agencies, persons, counters"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            province_code TEXT NOT NULL,
            regency TEXT NOT NULL,
            regency_key TEXT NOT NULL,
            opened_on TEXT NOT NULL,
            incident_date TEXT,
            exploitation_types TEXT NOT NULL,
            status TEXT NOT NULL,
            summary TEXT NOT NULL,
            created_by TEXT REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX cases_opened ON cases(opened_on, number)",
        "CREATE INDEX cases_province ON cases(province_code, opened_on)",
        "CREATE INDEX cases_regency ON cases(regency_key)",
        "CREATE INDEX cases_status ON cases(status, opened_on)",
        // opened_on is repeated here so an agency's newest cases come straight off one index.
        """
        CREATE TABLE case_agencies (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            agency_id TEXT NOT NULL REFERENCES agencies(id),
            opened_on TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (case_id, agency_id))
        """,
        "CREATE INDEX case_agencies_agency ON case_agencies(agency_id, opened_on)",
        """
        CREATE TABLE case_persons (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE,
            sex TEXT,
            age_at_report \(d.integer),
            citizenship TEXT,
            warnings TEXT NOT NULL,
            identity \(d.blob) NOT NULL,
            created_by TEXT REFERENCES users(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX case_persons_case ON case_persons(case_id)",
        """
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value \(d.integer) NOT NULL)
        """]
    }
}
