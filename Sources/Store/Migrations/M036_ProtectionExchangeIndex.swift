/// What an HTCDS export carries of a protection item, readable without opening its sealed
/// document (issue 19: a million cases exported in under a minute). The service (the work-list
/// code), its due day and its victim were already columns; the day it was closed becomes one
/// ('' while the item is open), and a partial index holds them all, so an export reads the
/// index instead of the items. Items written before this migration have a NULL `closed_on`
/// until filled (`CoordinationRepository.fillProtectionClosedOn`); until then the export opens
/// their documents. `kind` comes last only so that the index covers the export's query.
struct M036_ProtectionExchangeIndex: Migration {
    let id = 36
    let name = "protection items' closing day and exchange index"

    func statements(_ d: SQLDialect) -> [String] {
        [
            "ALTER TABLE coordination_records ADD COLUMN closed_on TEXT",
            """
            CREATE INDEX coordination_protection_exchange
            ON coordination_records(case_id, id, updated_at, victim_id, summary, due_on, closed_on, kind)
            WHERE kind = 'protection'
            """,
        ]
    }
}
