/// HTCDS 2.0 imports (issue 19): the partner's keys of every imported case, person and support
/// item, so that a second import of the same file adds nothing and an export writes the
/// partner's ids and case number back unchanged; the means of control the partner's file stated
/// (no legal screening was made in Simpul, so none is invented); and the import jobs an agency
/// started from the web, kept in the store because any server behind the load balancer may be
/// asked how far one has come.
struct M029_HTCDSImports: Migration {
    let id = 29
    let name = "HTCDS import keys, imported means, import jobs"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE htcds_cases (
                case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
                agency_id TEXT NOT NULL REFERENCES agencies(id),
                partner_id TEXT NOT NULL,
                partner_number TEXT,
                means TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                UNIQUE (agency_id, partner_id))
            """,
            """
            CREATE TABLE htcds_rows (
                local_id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                partner_id TEXT NOT NULL)
            """,
            "CREATE INDEX htcds_rows_case ON htcds_rows(case_id)",
            """
            CREATE TABLE htcds_import_jobs (
                id TEXT PRIMARY KEY,
                agency_id TEXT NOT NULL REFERENCES agencies(id),
                user_id TEXT REFERENCES users(id),
                file_name TEXT NOT NULL,
                state TEXT NOT NULL,
                cases_loaded \(d.integer) NOT NULL,
                persons_loaded \(d.integer) NOT NULL,
                support_loaded \(d.integer) NOT NULL,
                cases_skipped \(d.integer) NOT NULL,
                rejects TEXT NOT NULL,
                failure TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL)
            """,
            "CREATE INDEX htcds_import_jobs_agency ON htcds_import_jobs(agency_id, created_at)",
            // An agency's export reads its cases in id order, a page after the last: straight off this index.
            "CREATE INDEX case_agencies_agency_case ON case_agencies(agency_id, case_id)",
        ]
    }
}
