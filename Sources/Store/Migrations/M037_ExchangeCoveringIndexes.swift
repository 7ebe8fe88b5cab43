/// An HTCDS export reads each page's cases and persons by case id, which lie at random places in
/// a large file: at a million cases a cold export read 6.7 GB for 2.5 GB of tables (issue 19).
/// These indexes hold the columns it reads, so it reads them instead, in order: 1.2 GB.
/// `IF NOT EXISTS`: the benchmark store was given them by hand before this migration.
struct M037_ExchangeCoveringIndexes: Migration {
    let id = 37
    let name = "covering indexes for the HTCDS export"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE INDEX IF NOT EXISTS cases_exchange
            ON cases(id, number, status, province_code, opened_on, incident_date, exploitation_country, exploitation_types)
            """,
            """
            CREATE INDEX IF NOT EXISTS case_persons_exchange
            ON case_persons(case_id, role, created_at, id, sex, age_at_report, citizenship)
            """,
        ]
    }
}
