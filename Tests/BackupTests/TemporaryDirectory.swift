import Foundation

/// A new empty directory for one test, removed when the test's value is released.
final class TemporaryDirectory: Sendable {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-backup-test-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ name: String) -> String { (root as NSString).appendingPathComponent(name) }

    /// The names in `name` (a sub-directory, or the root), sorted.
    func listing(_ name: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: name.isEmpty ? root : path(name))) ?? []).sorted()
    }
}
