/// Anonymous reports, their threads, attachments and urgent alerts, and the routing table.
/// Nothing here can hold a reporter's network address or browser: there is no column for it.
struct M009_Reports: Migration {
    let id = 9
    let name = "anonymous reports, routing rules and retention"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            receipt_hash TEXT NOT NULL UNIQUE,
            receipt_kdf TEXT NOT NULL,
            channel TEXT NOT NULL,
            filed_by TEXT REFERENCES users(id),
            received_at TEXT NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agencies(id),
            rule_id TEXT,
            status TEXT NOT NULL,
            urgent \(d.integer) NOT NULL,
            child \(d.integer) NOT NULL,
            abroad \(d.integer) NOT NULL,
            province_code TEXT,
            exploitation_types TEXT NOT NULL,
            content \(d.blob) NOT NULL,
            agency_unread \(d.integer) NOT NULL,
            reporter_unread \(d.integer) NOT NULL,
            case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
            closure_reason TEXT,
            closed_at TEXT,
            delete_after TEXT,
            version \(d.integer) NOT NULL)
        """,
        "CREATE INDEX reports_queue ON reports(agency_id, status, urgent, received_at)",
        "CREATE INDEX reports_retention ON reports(delete_after)",
        """
        CREATE TABLE report_messages (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            kind TEXT NOT NULL,
            agency_id TEXT REFERENCES agencies(id),
            user_id TEXT REFERENCES users(id),
            body \(d.blob) NOT NULL,
            at TEXT NOT NULL)
        """,
        "CREATE INDEX report_messages_report ON report_messages(report_id, at)",
        """
        CREATE TABLE report_attachments (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            message_id TEXT REFERENCES report_messages(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            size \(d.integer) NOT NULL,
            data \(d.blob) NOT NULL)
        """,
        "CREATE INDEX report_attachments_report ON report_attachments(report_id)",
        """
        CREATE TABLE report_alerts (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            agency_id TEXT NOT NULL REFERENCES agencies(id),
            created_at TEXT NOT NULL,
            acknowledged_at TEXT,
            acknowledged_by TEXT REFERENCES users(id))
        """,
        "CREATE INDEX report_alerts_open ON report_alerts(agency_id, acknowledged_at)",
        """
        CREATE TABLE report_routing_rules (
            id TEXT PRIMARY KEY,
            position \(d.integer) NOT NULL,
            exploitation_type TEXT,
            province_code TEXT,
            child \(d.integer),
            abroad \(d.integer),
            target TEXT NOT NULL)
        """,
        "CREATE TABLE report_duty_agencies (agency_id TEXT PRIMARY KEY REFERENCES agencies(id) ON DELETE CASCADE)",
        "CREATE TABLE report_retention (reason TEXT PRIMARY KEY, days \(d.integer) NOT NULL)",
        ]
    }
}
