struct M005_Settings: Migration {
    let id = 5
    let name = "settings (key check)"

    func statements(_ d: SQLDialect) -> [String] {
        ["""
        CREATE TABLE settings (
            name TEXT PRIMARY KEY,
            text_value TEXT,
            blob_value \(d.blob))
        """]
    }
}
