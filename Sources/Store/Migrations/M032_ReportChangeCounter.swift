/// A change number for anonymous reports and their messages (as M014's), so that the monitoring
/// dashboard learns whether the reports changed from one small row instead of counting and
/// summing the whole reports table on every request: at a million cases that scan was most of
/// what a request cost while nothing had changed.
struct M032_ReportChangeCounter: Migration {
    let id = 32
    let name = "report change counter"

    func statements(_ d: SQLDialect) -> [String] {
        ["INSERT INTO change_counters (name, value) VALUES ('reports', 0)"]
            + M014_ChangeCounters.triggers(counting: "reports", on: ["reports", "report_messages"], d)
    }
}
