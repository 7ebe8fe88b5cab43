import Foundation
import Security

public struct SettingsRepository: Sendable {
    let db: any SQLDatabase

    public func blob(_ name: String) async throws -> [UInt8]? {
        try await db.query("SELECT blob_value FROM settings WHERE name = ?", [.text(name)]).first?.blob("blob_value")
    }

    public func setBlob(_ name: String, _ value: [UInt8]) async throws {
        try await db.transaction { tx in try await Self.put(name, value, in: tx) }
    }

    static func put(_ name: String, _ value: [UInt8], in tx: any SQLExecutor) async throws {
        try await tx.execute("""
            INSERT INTO settings (name, blob_value) VALUES (?, ?)
            ON CONFLICT (name) DO UPDATE SET blob_value = excluded.blob_value
            """, [.text(name), .blob(value)])
    }
}

enum Counters {
    /// The next value of a named counter (1, 2, 3, …), inside the caller's transaction.
    static func next(_ name: String, in tx: any SQLExecutor) async throws -> Int {
        try await reserve(name, 1, in: tx)
    }

    /// The first of `count` consecutive values of a named counter, taken at once (an import
    /// numbers its cases in one statement), inside the caller's transaction.
    static func reserve(_ name: String, _ count: Int, in tx: any SQLExecutor) async throws -> Int {
        let rows = try await tx.query("""
            INSERT INTO counters (name, value) VALUES (?, ?)
            ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value RETURNING value
            """, [.text(name), .int(count)])
        guard let v = rows.first?.optionalInt("value") else { throw StoreError.corrupt("counter \(name)") }
        return v - count + 1
    }
}
