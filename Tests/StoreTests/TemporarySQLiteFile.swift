import Foundation

/// A SQLite file of a test's own under the temporary directory, removed with its log and
/// shared-memory index by `remove`.
struct TemporarySQLiteFile {
    let path: String

    init(_ prefix: String) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).sqlite").path
    }

    /// The size in bytes of the file, or of its `-wal` or `-shm` companion (0 when absent).
    func size(_ suffix: String = "") -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0
    }

    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
