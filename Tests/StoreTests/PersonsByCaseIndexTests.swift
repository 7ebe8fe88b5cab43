import Foundation
import Testing
@testable import Store

@Suite("A case's persons are found through one index")
struct PersonsByCaseIndexTests {
    @Test
    func lookupsByCaseUseTheExchangeIndexOnceTheSingleColumnIndexIsGone() async throws {
        let file = TemporarySQLiteFile("simpul-m039"), path = file.path
        defer { file.remove() }
        let db = try SQLiteDatabase.open(path: path)
        _ = try await Migrations.migrate(db, upTo: 38)
        func indexes() async throws -> Set<String> {
            Set(try await db.query("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'case_persons'", []).map { try $0.text("name") })
        }
        #expect(try await indexes().contains("case_persons_case"))
        _ = try await Migrations.migrate(db)
        #expect(try await !indexes().contains("case_persons_case"))
        #expect(try await indexes().contains("case_persons_exchange"))

        // A case's persons, and the cascade of a case deleted, still go straight to its entries.
        for sql in ["SELECT id, role FROM case_persons WHERE case_id = ?", "SELECT identity FROM case_persons WHERE case_id = ? AND role = 'victim'"] {
            let plan = try await db.query("EXPLAIN QUERY PLAN " + sql, [.text("c1")]).map { try $0.text("detail") }.joined(separator: "; ")
            #expect(plan.contains("USING INDEX case_persons_exchange") || plan.contains("USING COVERING INDEX case_persons_exchange"), "\(sql): \(plan)")
            #expect(!plan.contains("SCAN case_persons"), "\(sql): \(plan)")
        }
        try await db.close()
    }
}
