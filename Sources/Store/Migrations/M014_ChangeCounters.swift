/// Numbers that grow with every change to what a request reads most: `cases` counts changes to
/// cases and the agencies involved in them, `access` changes to users and API tokens. Triggers
/// keep them, so no write path can forget to. A server keeps recent answers (case-list pages,
/// the user of an API token) under the numbers they were read at and uses them only while the
/// numbers stand; the numbers live in the store, so every server behind the load balancer sees
/// another's change — a revoked token, a new case — at its next request (`ChangeNumbers`).
struct M014_ChangeCounters: Migration {
    let id = 14
    let name = "change counters"

    static let counted = [("cases", ["cases", "case_agencies"]), ("access", ["users", "api_tokens"])]

    func statements(_ d: SQLDialect) -> [String] {
        var sql = ["CREATE TABLE change_counters (name TEXT PRIMARY KEY, value \(d.integer) NOT NULL)"]
        for (counter, tables) in Self.counted {
            sql.append("INSERT INTO change_counters (name, value) VALUES ('\(counter)', 0)")
            sql += Self.triggers(counting: counter, on: tables, d)
        }
        return sql
    }

    /// Triggers that move `counter` with every insert, update and delete on `tables` (later
    /// migrations count their own tables the same way).
    static func triggers(counting counter: String, on tables: [String], _ d: SQLDialect) -> [String] {
        var sql: [String] = []
        let bump = "UPDATE change_counters SET value = value + 1 WHERE name = '\(counter)'"
        switch d {
        case .sqlite:
            // SQLite has only row triggers: a bulk load pays one small update per row.
            for table in tables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    sql.append("CREATE TRIGGER \(table)_\(event.lowercased())_counted AFTER \(event) ON \(table) BEGIN \(bump); END")
                }
            }
        case .postgres:
            // Statement triggers: one update per statement, however many rows it touched.
            sql.append("CREATE FUNCTION count_\(counter)_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \(bump); RETURN NULL; END $$")
            for table in tables {
                sql.append("""
                    CREATE TRIGGER \(table)_counted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(table)
                        FOR EACH STATEMENT EXECUTE FUNCTION count_\(counter)_change()
                    """)
            }
        }
        return sql
    }
}
