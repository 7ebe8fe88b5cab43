/// Officers' training (issue 17 item 5): each attempt at a case study with its score, each of its
/// items as marked (so an instructor can count what a cohort misses with plain SQL on either
/// backend), and the certificates earned. The agency is the officer's at the time of the attempt:
/// a cohort is who trained in an agency, even after someone moves.
struct M026_Training: Migration {
    let id = 26
    let name = "training attempts, their marked items and certificates"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE training_attempts (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                agency_id TEXT NOT NULL REFERENCES agencies(id),
                study_id TEXT NOT NULL,
                course TEXT NOT NULL,
                attempted_at TEXT NOT NULL,
                score \(d.integer) NOT NULL,
                passed \(d.integer) NOT NULL)
            """,
            "CREATE INDEX training_attempts_user ON training_attempts(user_id, study_id)",
            "CREATE INDEX training_attempts_agency ON training_attempts(agency_id)",
            """
            CREATE TABLE training_attempt_items (
                attempt_id TEXT NOT NULL REFERENCES training_attempts(id) ON DELETE CASCADE,
                item_no \(d.integer) NOT NULL,
                question TEXT NOT NULL,
                choice TEXT NOT NULL,
                mark TEXT NOT NULL,
                PRIMARY KEY (attempt_id, question, choice))
            """,
            """
            CREATE TABLE training_certificates (
                code TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                course TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                UNIQUE (user_id, course))
            """,
        ]
    }
}
