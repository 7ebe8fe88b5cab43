/// A change number for everything the indicators count, so that a server knows when the figures
/// it computed no longer stand (see `ChangeNumbers.monitoring`).
struct M020_MonitoringCounter: Migration {
    let id = 20
    let name = "monitoring change counter"

    static let tables = ["cases", "case_agencies", "case_persons", "coordination_records", "person_links", "reports",
                         "report_messages", "users"]

    func statements(_ d: SQLDialect) -> [String] {
        M014_ChangeCounters.counter("monitoring", tables: Self.tables, d)
    }
}
