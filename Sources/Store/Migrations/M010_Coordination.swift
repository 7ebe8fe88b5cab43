/// Referrals, protection items, restitution, justice tracks and tasks. Each record is kept whole
/// as JSON (the domain type is the schema) beside the columns that queues and pages select on;
/// `version` makes a concurrent edit fail instead of overwriting.
struct M010_Coordination: Migration {
    let id = 10
    let name = "coordination: referrals, protection, restitution, justice, tasks"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE coordination_records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            case_id TEXT REFERENCES cases(id) ON DELETE CASCADE,
            victim_id TEXT,
            owner_agency TEXT NOT NULL REFERENCES agencies(id),
            other_agency TEXT REFERENCES agencies(id),
            status TEXT NOT NULL,
            open \(d.integer) NOT NULL,
            due_on TEXT,
            summary TEXT NOT NULL,
            assignee_role TEXT,
            assignee_user TEXT,
            escalated_agency TEXT REFERENCES agencies(id),
            version \(d.integer) NOT NULL,
            doc TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX coordination_owner_work ON coordination_records(owner_agency, open, due_on)",
        "CREATE INDEX coordination_other_work ON coordination_records(other_agency, open, due_on)",
        "CREATE INDEX coordination_case ON coordination_records(case_id, kind)",
        "CREATE INDEX coordination_escalated ON coordination_records(escalated_agency, open)",
        "CREATE INDEX coordination_due_tasks ON coordination_records(kind, open, due_on)",
        """
        CREATE TABLE notifications (
            id TEXT PRIMARY KEY,
            agency_id TEXT NOT NULL REFERENCES agencies(id),
            user_id TEXT REFERENCES users(id),
            case_id TEXT,
            record_id TEXT,
            text_id TEXT NOT NULL,
            text_en TEXT NOT NULL,
            created_at TEXT NOT NULL,
            read_at TEXT)
        """,
        "CREATE INDEX notifications_agency ON notifications(agency_id, read_at, created_at)",
        ]
    }
}
