import Cases
import Crypto
import Foundation
import Testing
@testable import OpenData

/// A mirror that is not Simpul checks a release with the published key alone: the signature
/// and hashes verify from Python (PyPI's `cryptography`), and a changed file is caught there too.
@Suite("Release verified from Python", .enabled(if: Python.hasCryptography))
struct PythonVerificationTests {
    @Test("the published files and signature verify in Python; a changed table does not")
    func verifies() throws {
        // Set-up: a published release written to a folder as a mirror would serve it.
        var source = SeededBits(seed: 51)
        var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!))
        let key = Curve25519.Signing.PrivateKey()
        var draft = try ReleaseDraft.build(ReleaseSpec(version: "2026.1", date: CalendarDate(iso: "2026-12-06")!,
                                                       tables: ReleaseSpec.standardTables(epsilon: Fraction(1, 2)!), years: 2019...2026),
                                           records: Fixtures.victims(600), ledger: ledger, using: &source)
        draft.approve(by: "admin", on: CalendarDate(iso: "2026-12-06")!)
        let release = try PublishedRelease.publish(draft, ledger: &ledger, takenVersions: [], signer: ReleaseSigner(key))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in release.files { try file.contents.write(to: folder.appendingPathComponent(file.name)) }
        let publicKey = key.publicKey.rawRepresentation.base64EncodedString()

        // What must hold: Python accepts it, then refuses it once a table is changed.
        let good = Python.run([Python.script, folder.path, publicKey])
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("signature and \(draft.files.count) files verified"))
        let table = folder.appendingPathComponent("table-victims_by_year_sex.csv")
        try Data((try String(contentsOf: table, encoding: .utf8)).replacingOccurrences(of: "2019", with: "2018").utf8).write(to: table)
        let bad = Python.run([Python.script, folder.path, publicKey])
        #expect(bad.status == 1 && bad.output.contains("table-victims_by_year_sex.csv"))
    }
}

/// Runs python3 for the verification test.
enum Python {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/verify_release.py").path

    static var hasCryptography: Bool { run(["-c", "import cryptography"]).status == 0 }

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return (-1, "") }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }
}
