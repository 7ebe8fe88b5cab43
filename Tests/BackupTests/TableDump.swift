import Foundation
import Store

/// Every row of every table of a store, to compare two stores whole: each table's rows rendered
/// as text and sorted, so the comparison needs no knowledge of keys and works on both backends.
struct TableDump: Equatable, CustomStringConvertible {
    var tables: [String: [String]]

    static func of(_ db: any SQLDatabase, excluding excluded: Set<String> = []) async throws -> TableDump {
        let catalog = db.dialect == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        var tables: [String: [String]] = [:]
        for row in try await db.query(catalog, []) {
            let name = try row.text("name")
            if excluded.contains(name) { continue }
            // A name read from the catalog, quoted: no value of the store reaches this SQL.
            let rows = try await db.query("SELECT * FROM \"\(name)\"", [])
            tables[name] = rows.map { row in zip(row.columns, row.values).map { "\($0)=\($1)" }.joined(separator: "|") }.sorted()
        }
        return TableDump(tables: tables)
    }

    var rowCount: Int { tables.values.map(\.count).reduce(0, +) }

    var description: String { tables.keys.sorted().map { "\($0): \(tables[$0]!.count) rows" }.joined(separator: ", ") }
}
