/// What the public job-offer checker consults besides its rules: the register of licensed
/// placement agencies (P3MI) with the history of its imports, and the task force's published
/// warnings. An import replaces the whole register in one transaction, so a checker never sees
/// half of an old list and half of a new one. The counter `offer_register` (M014's table) moves
/// with every change to these tables, and each server rebuilds its in-memory index when it does.
struct M022_OfferRegister: Migration {
    let id = 22
    let name = "licensed agencies, their imports, published warnings"

    func statements(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE agency_imports (
                id TEXT PRIMARY KEY,
                imported_at TEXT NOT NULL,
                imported_by TEXT REFERENCES users(id),
                via TEXT NOT NULL CHECK (via IN ('admin', 'cli')),
                file_name TEXT NOT NULL,
                loaded \(d.integer) NOT NULL,
                rejected \(d.integer) NOT NULL,
                rejects TEXT NOT NULL,
                ignored_columns TEXT NOT NULL)
            """,
            "CREATE INDEX agency_imports_at ON agency_imports(imported_at)",
            """
            CREATE TABLE licensed_agencies (
                licence_key TEXT PRIMARY KEY,
                licence_number TEXT NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                nib TEXT,
                issued TEXT,
                valid_until TEXT,
                status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
                head_office TEXT,
                branches TEXT NOT NULL,
                import_id TEXT NOT NULL REFERENCES agency_imports(id))
            """,
            "CREATE INDEX licensed_agencies_name ON licensed_agencies(name_key)",
            """
            CREATE TABLE published_warnings (
                id TEXT PRIMARY KEY,
                name TEXT,
                licence_number TEXT,
                phone TEXT,
                account TEXT,
                legal_basis TEXT NOT NULL,
                published_on TEXT NOT NULL,
                approved_by TEXT NOT NULL REFERENCES users(id),
                created_at TEXT NOT NULL,
                withdrawn_at TEXT,
                withdrawn_by TEXT REFERENCES users(id))
            """,
            "INSERT INTO change_counters (name, value) VALUES ('offer_register', 0)",
        ] + M014_ChangeCounters.triggers(counting: "offer_register",
                                         on: ["agency_imports", "licensed_agencies", "published_warnings"], d)
    }
}
