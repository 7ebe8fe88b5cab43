import Security
import Store
@testable import SimpulCommands

/// A migrated store of one backend holding a demo registry of `cases` cases, for the tests that
/// count, read or export a whole registry.
enum DemoRegistry {
    static func with<T>(_ backend: TestBackend, cases: Int, seed: UInt64 = 2026,
                        _ body: (SimpulStore, any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.withDatabase { db in
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: Array(repeating: 7, count: 32)))
            _ = try await DemoLoader.load(into: store, cases: cases, bcryptCost: 4, seed: seed, progress: false)
            return try await body(store, db)
        }
    }
}
