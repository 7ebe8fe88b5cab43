import Cases
import Coordination
import Foundation

extension CoordinationRepository {
    /// The partial index of protection items (M036), named on SQLite: without statistics its
    /// planner prefers `coordination_case`, which does not cover the export's columns.
    var protectionExchangeIndex: String { db.dialect == .sqlite ? " INDEXED BY coordination_protection_exchange" : "" }

    /// The partial index of the items still without a closing day (M038), empty once filled: a
    /// server starting looks there, not through every item.
    private var unfilledIndex: String { db.dialect == .sqlite ? " INDEXED BY coordination_unfilled_closing" : "" }

    /// Fills `closed_on` (M036) of the protection items written before it, a page at a time in
    /// the index's order, so that an HTCDS export reads them off the index instead of opening
    /// each one. Safe to run on several servers at once and to stop half way: an item changed
    /// meanwhile keeps the day its own update wrote. Answers the items filled.
    @discardableResult
    public func fillProtectionClosingDays(pageSize: Int = 2_000,
                                          progress: (@Sendable (_ filled: Int) -> Void)? = nil) async throws -> Int {
        var after = (caseID: "", id: "")
        var filled = 0
        while true {
            try Task.checkCancellation()
            let rows = try await db.query("""
                SELECT case_id, id, version, doc FROM coordination_records\(unfilledIndex)
                WHERE kind = 'protection' AND closed_on IS NULL AND (case_id, id) > (?, ?) ORDER BY case_id, id LIMIT ?
                """, [.text(after.caseID), .text(after.id), .int(pageSize)])
            guard let last = rows.last else { return filled }
            after = (try last.text("case_id"), try last.text("id"))
            let updates = try rows.map { r -> [SQLValue] in
                let item = try decode(ClosingDay.self, r)
                return [.text(item.closedOn?.description ?? ""), .text(try r.text("id")), .int(try r.int("version"))]
            }
            try await db.executeBatch("""
                UPDATE coordination_records SET closed_on = ? WHERE id = ? AND version = ? AND closed_on IS NULL
                """, updates)
            filled += updates.count
            progress?(filled)
        }
    }

    /// How many protection items still wait for their closing day to be filled.
    public func protectionItemsWithoutClosingDay() async throws -> Int {
        try await db.query("""
            SELECT COUNT(*) AS n FROM coordination_records\(unfilledIndex) WHERE kind = 'protection' AND closed_on IS NULL
            """, []).first?.int("n") ?? 0
    }
}

/// Only the closing day of a stored protection item.
private struct ClosingDay: Decodable {
    let closedOn: CalendarDate?
}
