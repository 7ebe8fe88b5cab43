import Foundation
import Store
import Testing
@testable import Backup

/// The real `simpul` executable, killed with SIGKILL in the middle of a backup: no cleanup runs,
/// yet no file under the backup's name appears, and an older backup there stays whole.
@Suite("A backup killed midway", .enabled(if: SimpulBinary.path != nil, "the simpul executable is not built beside the tests"))
struct KilledBackupTests {
    let dir = TemporaryDirectory()

    @Test
    func leavesOnlyAPartialFileThatRestoreRefuses() async throws {
        let simpul = try #require(SimpulBinary.path)
        let keyFile = dir.path("backup.key")
        #expect(try SimpulBinary.run(simpul, ["backup", "key", "--output", keyFile]).status == 0)
        let key = try BackupKey.load(file: keyFile, environment: [:])
        let db = try await StoreSample.sqliteStore(in: dir.path("live"))
        // 64 MiB of filler, so that sealing takes long enough to be caught in the act.
        _ = try await db.execute("CREATE TABLE filler (b BLOB)", [])
        _ = try await db.execute("""
            INSERT INTO filler (b) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1024)
            SELECT randomblob(65536) FROM n
            """, [])
        try await db.close()
        let output = dir.path("store.simpul-backup")
        let arguments = ["backup", "--output", output, "--data", dir.path("live"), "--backup-key-file", keyFile]
        let first = try SimpulBinary.run(simpul, arguments)
        #expect(first.status == 0, "\(first.output)")
        var older = try fileBytes(output)

        // Sealing takes a fraction of a second; on a busy machine the watcher may see it only once
        // done. Then the backup simply completed (a new whole file): try again, a few times.
        var caughtMidway = false
        for _ in 0..<5 where !caughtMidway {
            let child = try SimpulBinary.start(simpul, arguments)
            while child.isRunning, (try? FileManager.default.attributesOfItem(atPath: output + ".partial")[.size] as? Int) ?? 0 < 1 << 20 {
                try await Task.sleep(for: .milliseconds(1))
            }
            caughtMidway = child.isRunning
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            if !caughtMidway { older = try fileBytes(output) }
        }

        try #require(caughtMidway, "the backup finished before it could be killed, five times")
        let olderStands = try fileBytes(output) == older  // compared outside #expect, which would print 64 MiB
        #expect(olderStands)
        #expect(FileManager.default.fileExists(atPath: output + ".partial"))
        let partialError = #expect(throws: BackupError.self) { try BackupReader.read(output + ".partial", key: key) }
        #expect(partialError?.description.contains("truncated") == true)
        let refusal = try SimpulBinary.run(simpul, ["restore", "--input", output + ".partial", "--data", dir.path("new"),
                                                    "--backup-key-file", keyFile])
        #expect(refusal.status != 0 && refusal.output.contains("truncated"), "\(refusal.output)")
        #expect(dir.listing("new").isEmpty)

        // The complete backup restores through the command into an empty directory.
        let restore = try SimpulBinary.run(simpul, ["restore", "--input", output, "--data", dir.path("new"), "--backup-key-file", keyFile])
        #expect(restore.status == 0, "\(restore.output)")
        let source = try SQLiteDatabase.open(path: dir.path("live/simpul.sqlite"))
        let copy = try SQLiteDatabase.open(path: dir.path("new/simpul.sqlite"))
        // The filler compared by its rows' lengths and heads: rendering 64 MiB as text takes long.
        #expect(try await TableDump.of(copy, excluding: ["filler"]) == TableDump.of(source, excluding: ["filler"]))
        let filler = "SELECT rowid, length(b) AS n, hex(substr(b, 1, 32)) AS head FROM filler ORDER BY rowid"
        #expect(try await copy.query(filler, []).map(\.values) == source.query(filler, []).map(\.values))
        try await copy.close()
        try await source.close()
    }
}

/// Finds the `simpul` executable built in the same folder as this test bundle (`swift build
/// --build-tests` builds both), or `SIMPUL_BIN`.
enum SimpulBinary {
    static let path: String? = {
        if let path = ProcessInfo.processInfo.environment["SIMPUL_BIN"] { return path }
        // On Linux the tests run as `…/debug/simpulPackageTests.xctest`, beside `…/debug/simpul`.
        let tests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = tests.deletingLastPathComponent().appendingPathComponent("simpul").path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
              FileManager.default.isExecutableFile(atPath: candidate) else { return nil }
        return candidate
    }()

    static func start(_ path: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Ours without SIMPUL_*: a SIMPUL_DATABASE_URL or SIMPUL_BACKUP_KEY of the test run must not
    /// point the command elsewhere.
    static var environment: [String: String] { ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SIMPUL_") } }

    /// Runs to the end; answers the exit status and what it printed (stdout and stderr).
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
