import Foundation
import OpenData
import Store
import Testing
@testable import SimpulCommands

/// `simpul htcds export` streams the registry to HTCDS files a partner can load, and
/// `simpul htcds check` reads them back as an import would.
@Suite struct HTCDSCommandTests {
    static func exitStatus(_ body: () async throws -> Void) async -> Int32 {
        await OfferCheckCommandTests.exitStatus(body)
    }

    @Test func theDemoRegistryExportsAsJSONAndCSVAndChecksWithoutRejects() async throws {
        // Set-up: a small demo registry in a fresh SQLite store.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("htcds-cli-\(UUID().uuidString)")
        let data = dir.appendingPathComponent("data").path
        let options = try StoreOptions.parse(["--data", data])
        let store = try await options.open(logger: makeLogger(), quiet: true)
        _ = try await DemoLoader.load(into: store, cases: 60, bcryptCost: 4, seed: 7, progress: false)
        let cases = try await store.openDataSources.caseCount()
        try await store.db.close()

        // The one thing under test: export in pages smaller than the registry, both formats.
        let jsonl = dir.appendingPathComponent("all.jsonl").path, folder = dir.appendingPathComponent("csv").path
        #expect(await Self.exitStatus {
            try await HTCDSCommand.Export.parse(["--data", data, "--out", jsonl, "--page-size", "7", "--quiet"]).run()
        } == 0)
        #expect(await Self.exitStatus {
            try await HTCDSCommand.Export.parse(["--data", data, "--format", "csv", "--out", folder, "--page-size", "7", "--quiet"]).run()
        } == 0)

        // What must hold: one line per case, no identity, and the files read back without a reject.
        let text = try String(contentsOfFile: jsonl, encoding: .utf8)
        #expect(text.split(separator: "\n").count == cases && cases > 0)
        #expect(!text.contains("prs_FirstName") && !text.contains("prs_IdentityNumber"))
        let imported = HTCDSImporter(agencyID: "x").importJSONLines(text, file: "all.jsonl")
        #expect(imported.rejects.isEmpty && imported.cases.count == cases)
        let csv = HTCDSImporter(agencyID: "x").importCSV(
            cases: ("cases.csv", try String(contentsOfFile: folder + "/cases.csv", encoding: .utf8)),
            persons: ("persons.csv", try String(contentsOfFile: folder + "/persons.csv", encoding: .utf8)),
            support: ("support.csv", try String(contentsOfFile: folder + "/support.csv", encoding: .utf8)))
        #expect(csv.rejects.isEmpty && csv.cases == imported.cases)
        #expect(await Self.exitStatus { try await HTCDSCommand.Check.parse([jsonl]).run() } == 0)
        #expect(await Self.exitStatus { try await HTCDSCommand.Check.parse(["/nonexistent.jsonl"]).run() } == 2)
        #expect(await Self.exitStatus { try await HTCDSCommand.Check.parse([jsonl, jsonl]).run() } == 2)
    }
}
