import Foundation

/// The cases' filed counting records (M035). Derived data: a row is trusted only while none of
/// its case's facts was written after its `fresh_since`; anything else is read from the
/// registry again and filed anew.
public struct MonitoringFiledCases: Sendable {
    let db: any SQLDatabase

    /// Filed cases of `format` in id order, after `after`, at most `limit`.
    public func page(after: String?, limit: Int, format: Int) async throws -> [(caseID: String, bytes: [UInt8])] {
        try await db.query("""
            SELECT case_id, records FROM monitoring_filed_cases WHERE format = ? AND case_id > ? ORDER BY case_id LIMIT ?
            """, [.int(Int64(format)), .text(after ?? ""), .int(Int64(limit))])
            .map { (try $0.text("case_id"), $0.blob("records") ?? []) }
    }

    /// The cases whose filed records of `format` cannot be used: none kept (a new case, one
    /// filed by an older format), or a fact of the case written after they were read. Each
    /// change is found off the index on its table's write time, from the oldest `fresh_since`
    /// on, so the cost follows what changed since the records were filed, not the registry.
    public func stale(format: Int) async throws -> Set<String> {
        var ids = Set<String>()
        let counts = try await db.queryFirst("""
            SELECT (SELECT COUNT(*) FROM cases) AS cases,
                   (SELECT COUNT(*) FROM monitoring_filed_cases WHERE format = ?) AS filed,
                   (SELECT MIN(fresh_since) FROM monitoring_filed_cases) AS oldest
            """, [.int(Int64(format))])
        if (counts?.optionalInt("filed") ?? 0) < (counts?.optionalInt("cases") ?? 0) {
            for r in try await db.query("""
                SELECT c.id FROM cases c
                WHERE NOT EXISTS (SELECT 1 FROM monitoring_filed_cases m WHERE m.case_id = c.id AND m.format = ?)
                """, [.int(Int64(format))]) { ids.insert(try r.text("id")) }
        }
        guard let oldest = counts?.optionalText("oldest") else { return ids }
        for (table, column, time) in [("cases", "id", "updated_at"), ("case_agencies", "case_id", "added_at"),
                                      ("case_persons", "case_id", "created_at"), ("coordination_records", "case_id", "updated_at")] {
            for r in try await db.query("""
                SELECT t.\(column) AS id FROM \(table) t JOIN monitoring_filed_cases m ON m.case_id = t.\(column)
                WHERE t.\(time) > ? AND t.\(time) > m.fresh_since
                """, [.text(oldest)]) { ids.insert(try r.text("id")) }
        }
        return ids
    }

    /// Keeps these cases' filed records, read at `freshSince`. A case deleted meanwhile is
    /// passed over; records read earlier than those kept do not replace them.
    public func save(_ filed: [(caseID: String, bytes: [UInt8])], format: Int, freshSince: Date) async throws {
        let since = Timestamp.string(freshSince)
        for start in stride(from: 0, to: filed.count, by: 2_000) {
            try await db.executeBatch("""
                INSERT INTO monitoring_filed_cases (case_id, format, fresh_since, records)
                SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM cases WHERE id = ?)
                ON CONFLICT (case_id) DO UPDATE SET format = excluded.format, fresh_since = excluded.fresh_since, records = excluded.records
                WHERE monitoring_filed_cases.fresh_since <= excluded.fresh_since
                """, filed[start..<min(start + 2_000, filed.count)].map {
                    [.text($0.caseID), .int(Int64(format)), .text(since), .blob($0.bytes), .text($0.caseID)]
                })
        }
    }
}

extension SimpulStore {
    public var monitoringFiledCases: MonitoringFiledCases { MonitoringFiledCases(db: db) }
}
