/// A change number for the staff the monitoring indicators count per agency: it moves when a
/// user is added, removed, enabled or disabled, or moves to another agency — and not when a user
/// signs in, which also writes the users table. The dashboard's change token used to count the
/// enabled users, which stood still when one moved between agencies or when one was disabled
/// and another enabled, and the staff per agency went stale.
struct M033_StaffChangeCounter: Migration {
    let id = 33
    let name = "staff change counter"

    func statements(_ d: SQLDialect) -> [String] {
        let bump = "UPDATE change_counters SET value = value + 1 WHERE name = 'staff'"
        var sql = ["INSERT INTO change_counters (name, value) VALUES ('staff', 0)"]
        switch d {
        case .sqlite:
            sql += [
                "CREATE TRIGGER users_insert_staff AFTER INSERT ON users BEGIN \(bump); END",
                "CREATE TRIGGER users_delete_staff AFTER DELETE ON users BEGIN \(bump); END",
                "CREATE TRIGGER users_update_staff AFTER UPDATE OF disabled, agency_id ON users BEGIN \(bump); END",
            ]
        case .postgres:
            sql += [
                "CREATE FUNCTION count_staff_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \(bump); RETURN NULL; END $$",
                """
                CREATE TRIGGER users_staff_counted AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF disabled, agency_id ON users
                    FOR EACH STATEMENT EXECUTE FUNCTION count_staff_change()
                """,
            ]
        }
        return sql
    }
}
