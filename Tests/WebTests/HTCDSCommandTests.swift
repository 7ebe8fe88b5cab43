import Cases
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
        defer { try? FileManager.default.removeItem(at: dir) }
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

    @Test func aPartnersFileLoadsFromTheCommandLineOnceAndExportsAgainUnchanged() async throws {
        // Set-up: a demo registry exported as JSON Lines and as CSV, and two empty stores holding a partner agency.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("htcds-import-\(UUID().uuidString)")
        let source = dir.appendingPathComponent("source").path
        let store = try await StoreOptions.parse(["--data", source]).open(logger: makeLogger(), quiet: true)
        _ = try await DemoLoader.load(into: store, cases: 40, bcryptCost: 4, seed: 3, progress: false)
        try await store.db.close()
        let jsonl = dir.appendingPathComponent("all.jsonl").path, folder = dir.appendingPathComponent("csv").path
        try await HTCDSCommand.Export.parse(["--data", source, "--out", jsonl, "--quiet"]).run()
        try await HTCDSCommand.Export.parse(["--data", source, "--format", "csv", "--out", folder, "--quiet"]).run()
        var targets: [String] = []
        for name in ["json-target", "csv-target"] {
            let path = dir.appendingPathComponent(name).path
            let target = try await StoreOptions.parse(["--data", path]).open(logger: makeLogger(), quiet: true)
            try await target.agencies.create(Agency(id: "ag-mitra", code: "MITRA", name: "Mitra", kind: .ngo, provinceCode: "53"))
            try await target.db.close()
            targets.append(path)
        }
        let csvFiles = ["cases", "persons", "support"].map { folder + "/\($0).csv" }

        // The one thing under test: each file loaded as the partner's cases, twice.
        for _ in 0..<2 {
            #expect(await Self.exitStatus {
                try await HTCDSCommand.Import.parse(["--data", targets[0], "--agency", "ag-mitra", "--batch-size", "7", "--quiet", jsonl]).run()
            } == 0)
            #expect(await Self.exitStatus {
                try await HTCDSCommand.Import.parse(["--data", targets[1], "--agency", "ag-mitra", "--quiet"] + csvFiles).run()
            } == 0)
        }

        // What must hold: the stores export the same files, once over; a wrong call says so with status 2.
        let again = dir.appendingPathComponent("again.jsonl").path, againCSV = dir.appendingPathComponent("again-csv").path
        try await HTCDSCommand.Export.parse(["--data", targets[0], "--out", again, "--quiet"]).run()
        try await HTCDSCommand.Export.parse(["--data", targets[1], "--format", "csv", "--out", againCSV, "--quiet"]).run()
        #expect(try String(contentsOfFile: again, encoding: .utf8) == (try String(contentsOfFile: jsonl, encoding: .utf8)))
        for name in ["cases", "persons", "support"] {
            #expect(try String(contentsOfFile: againCSV + "/\(name).csv", encoding: .utf8)
                    == (try String(contentsOfFile: folder + "/\(name).csv", encoding: .utf8)), "\(name).csv")
        }
        #expect(await Self.exitStatus {
            try await HTCDSCommand.Import.parse(["--data", targets[0], "--agency", "ag-nowhere", "--quiet", jsonl]).run()
        } == 2)
        #expect(await Self.exitStatus {
            try await HTCDSCommand.Import.parse(["--data", targets[0], "--agency", "ag-mitra", "--quiet", "/nonexistent.jsonl"]).run()
        } == 2)
        #expect(await Self.exitStatus {
            try await HTCDSCommand.Import.parse(["--data", targets[1], "--agency", "ag-mitra", "--quiet", csvFiles[0], "/nonexistent.csv", csvFiles[2]]).run()
        } == 2)
        #expect(await Self.exitStatus {
            try await HTCDSCommand.Import.parse(["--data", targets[0], "--agency", "ag-mitra", "--province", "99", jsonl]).run()
        } == 2)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func batchSizesBelowOneAreRefusedNamingTheOption() {
        for (option, value) in [("--batch-size", "0"), ("--batches-per-transaction", "0"), ("--batches-per-transaction", "-3")] {
            do {
                _ = try HTCDSCommand.Import.parse(["--agency", "ag-mitra", "\(option)=\(value)", "partner.jsonl"])
                Issue.record("\(option) \(value) was taken")
            } catch {
                let message = HTCDSCommand.Import.message(for: error)
                #expect(message.contains("\(option) must be at least 1 (was \(value))"), "\(message)")
            }
        }
        #expect((try? HTCDSCommand.Import.parse(["--agency", "ag-mitra", "--batches-per-transaction", "1", "partner.jsonl"])) != nil)
    }
}
