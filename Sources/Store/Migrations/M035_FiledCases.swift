/// Each case's counting records as the monitoring index files them (`FiledCases`), kept beside
/// the case so that a server starting cold reads one small row per case instead of opening
/// every sealed coordination record (issue 14: every indicator from scratch in seconds at a
/// million cases). `fresh_since` is when the records were read, less a margin for other servers'
/// clocks: a row of the case's facts written after it makes the filed records stale. The
/// records are derived data; a case deleted takes them with it.
struct M035_FiledCases: Migration {
    let id = 35
    let name = "filed monitoring records per case"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE monitoring_filed_cases (
                case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
                format \(d.integer) NOT NULL,
                fresh_since TEXT NOT NULL,
                records \(d.blob) NOT NULL)
            """,
            "CREATE INDEX monitoring_filed_cases_fresh ON monitoring_filed_cases(fresh_since)",
        ]
    }
}
