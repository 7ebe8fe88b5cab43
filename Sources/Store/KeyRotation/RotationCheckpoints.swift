import Foundation

/// How far the current pass of a rotation has come in each sealed column, saved in the same
/// transaction as the batch it follows, so a rotation stopped anywhere resumes after the last
/// batch it committed and re-seals nothing twice.
struct RotationCheckpoints: Sendable {
    struct Mark: Sendable, Equatable {
        var target: UInt32
        /// The primary key of the last row done, as text; nil before the first batch.
        var after: [String]?
        var done: Bool
        var resealed: Int
    }

    let db: any SQLDatabase

    func all() async throws -> [String: Mark] {
        var marks: [String: Mark] = [:]
        for row in try await db.query("SELECT sealed_column, target_key, after_key, done, resealed FROM key_rotation_progress", []) {
            let after = try row.optionalText("after_key").map { text -> [String] in
                guard let keys = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
                    throw StoreError.corrupt("key_rotation_progress holds an unreadable checkpoint: \(text)")
                }
                return keys
            }
            marks[try row.text("sealed_column")] = Mark(target: UInt32(try row.int("target_key")), after: after,
                                                        done: row.bool("done"), resealed: try row.int("resealed"))
        }
        return marks
    }

    func save(_ column: String, _ mark: Mark, in tx: any SQLExecutor) async throws {
        let after = mark.after.map { String(decoding: try! JSONEncoder().encode($0), as: UTF8.self) }
        try await tx.execute("""
            INSERT INTO key_rotation_progress (sealed_column, target_key, after_key, done, resealed, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sealed_column) DO UPDATE SET target_key = excluded.target_key, after_key = excluded.after_key,
                done = excluded.done, resealed = excluded.resealed, updated_at = excluded.updated_at
            """, [.text(column), .int(Int(mark.target)), .optional(after), .bool(mark.done), .int(mark.resealed), .text(Timestamp.now())])
    }

    /// A pass that reached the end of every column starts the next one from the beginning.
    func clear() async throws {
        try await db.execute("DELETE FROM key_rotation_progress", [])
    }
}
