/// The release workflow of open data (issue 19): drafts an administrator previews, approves and
/// publishes, kept in the store so that every server behind the load balancer sees the same
/// draft; the key releases are signed with, its seed sealed under the data key; and triggers that
/// refuse any change to what is published. Every draft is kept, even one never published: its
/// noise was drawn once, and rebuilding until the numbers look right would choose noise by the truth.
struct M027_ReleaseWorkflow: Migration {
    let id = 27
    let name = "open-data release drafts, signing key, published releases immutable"

    static let refusal = "published open-data releases and their drafts cannot be changed or deleted"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE open_data_drafts (
                id TEXT PRIMARY KEY,
                version TEXT NOT NULL,
                dataset TEXT NOT NULL,
                spec TEXT NOT NULL,
                receipt TEXT NOT NULL,
                prepared_by TEXT NOT NULL REFERENCES users(id),
                prepared_at TEXT NOT NULL,
                approved_by TEXT REFERENCES users(id),
                approved_on TEXT,
                approved_at TEXT,
                published_by TEXT REFERENCES users(id),
                published_at TEXT)
            """,
            "CREATE INDEX open_data_drafts_prepared ON open_data_drafts(prepared_at)",
            """
            CREATE TABLE open_data_draft_files (
                draft_id TEXT NOT NULL REFERENCES open_data_drafts(id),
                position \(d.integer) NOT NULL,
                name TEXT NOT NULL,
                contents \(d.blob) NOT NULL,
                PRIMARY KEY (draft_id, name))
            """,
            """
            CREATE TABLE open_data_signing_keys (
                id \(d.integer) PRIMARY KEY,
                public_key TEXT NOT NULL UNIQUE,
                sealed_seed \(d.blob) NOT NULL,
                created_by TEXT REFERENCES users(id),
                created_at TEXT NOT NULL)
            """,
        ] + immutability(d)
    }

    /// Published releases and their files, and draft files, are never updated or deleted; a draft
    /// row is never deleted and, once published, never updated.
    func immutability(_ d: SQLDialect) -> [String] {
        let guarded = [("open_data_releases", "UPDATE", nil), ("open_data_releases", "DELETE", nil),
                       ("open_data_release_files", "UPDATE", nil), ("open_data_release_files", "DELETE", nil),
                       ("open_data_draft_files", "UPDATE", nil), ("open_data_draft_files", "DELETE", nil),
                       ("open_data_drafts", "DELETE", nil), ("open_data_drafts", "UPDATE", "OLD.published_at IS NOT NULL")]
        switch d {
        case .sqlite:
            return guarded.map { table, event, when in
                "CREATE TRIGGER \(table)_no_\(event.lowercased()) BEFORE \(event) ON \(table) "
                    + (when.map { "WHEN \($0) " } ?? "") + "BEGIN SELECT RAISE(ABORT, '\(Self.refusal)'); END"
            }
        case .postgres:
            return ["CREATE FUNCTION open_data_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '\(Self.refusal)'; END $$"]
                + guarded.map { table, event, when in
                    "CREATE TRIGGER \(table)_no_\(event.lowercased()) BEFORE \(event) ON \(table) FOR EACH ROW "
                        + (when.map { "WHEN (\($0)) " } ?? "") + "EXECUTE FUNCTION open_data_refuse_change()"
                }
        }
    }
}
