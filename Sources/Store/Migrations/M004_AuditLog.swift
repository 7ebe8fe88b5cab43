struct M004_AuditLog: Migration {
    let id = 4
    let name = "hash-chained audit log"

    func statements(_ d: SQLDialect) -> [String] {
        var sql = ["""
        CREATE TABLE audit_log (
            seq \(d.integer) PRIMARY KEY,
            at TEXT NOT NULL,
            actor_user_id TEXT,
            actor_agency_id TEXT,
            action TEXT NOT NULL,
            case_id TEXT,
            person_id TEXT,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL)
        """,
        "CREATE INDEX audit_case ON audit_log(case_id)",
        // One row holding the chain's head: updating it serialises appends across servers.
        """
        CREATE TABLE audit_head (
            id \(d.integer) PRIMARY KEY,
            seq \(d.integer) NOT NULL,
            hash TEXT NOT NULL)
        """,
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\(String(repeating: "0", count: 64))')"]
        // The database itself refuses to change or remove an entry.
        switch d {
        case .sqlite:
            sql += [
                "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
                "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
            ]
        case .postgres:
            sql += [
                """
                CREATE FUNCTION audit_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$ LANGUAGE plpgsql
                """,
                "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
            ]
        }
        return sql
    }
}
