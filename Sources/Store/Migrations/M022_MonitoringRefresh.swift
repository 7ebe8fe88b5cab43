/// Indexes on the times rows were written, so that a server can find the cases changed since
/// it last counted (`MonitoringFactsReader.casesChanged`) without reading every row.
struct M022_MonitoringRefresh: Migration {
    let id = 22
    let name = "indexes for refreshing the monitoring facts"

    func statements(_ d: SQLDialect) -> [String] {
        ["CREATE INDEX cases_updated ON cases(updated_at)",
         "CREATE INDEX case_agencies_added ON case_agencies(added_at)",
         "CREATE INDEX case_persons_created ON case_persons(created_at)",
         "CREATE INDEX coordination_updated ON coordination_records(updated_at)"]
    }
}
