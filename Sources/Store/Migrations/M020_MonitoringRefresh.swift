/// Indexes on the times rows were written. A server reads the newest of them to know whether the
/// figures it counted still stand (`MonitoringFactsReader.changeToken`), and then finds the
/// cases changed since (`casesChanged`) without reading every row. No trigger and no shared
/// counter row: a counter every write must update makes concurrent writers wait on, and
/// deadlock over, one row.
struct M020_MonitoringRefresh: Migration {
    let id = 20
    let name = "indexes for refreshing the monitoring facts"

    func statements(_ d: SQLDialect) -> [String] {
        ["CREATE INDEX cases_updated ON cases(updated_at)",
         "CREATE INDEX case_agencies_added ON case_agencies(added_at)",
         "CREATE INDEX case_persons_created ON case_persons(created_at)",
         "CREATE INDEX coordination_updated ON coordination_records(updated_at)",
         "CREATE INDEX person_links_updated ON person_links(updated_at)",
         "CREATE INDEX report_messages_at ON report_messages(at)"]
    }
}
