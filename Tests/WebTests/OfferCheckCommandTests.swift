import ArgumentParser
import Foundation
import OfferCheck
import Store
import Testing
@testable import SimpulCommands

/// `simpul offer-check` and `simpul p3mi import`: exit 0 with a result or an import, 2 naming
/// the field or the file when the input is refused.
@Suite struct OfferCheckCommandTests {
    static func file(_ text: String, _ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("offer-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The exit status `run` ends with: 0 when it returns.
    static func exitStatus(_ body: () async throws -> Void) async -> Int32 {
        do { try await body(); return 0 } catch let code as ExitCode { return code.rawValue } catch { return -1 }
    }

    @Test func theCheckPrintsTheResultAndARefusedDocumentExitsTwoNamingTheField() async throws {
        let day = CalendarDay(iso: "2026-12-06")!
        let json = try OfferCheckCommand.render(Data(OfferCheckAPITests.saudi.utf8), format: .json, english: false, on: day, registry: nil).get()
        let result = try JSONDecoder().decode(OfferCheckResult.self, from: Data(json.utf8))
        #expect(result.verdict.code == .highRisk && result.raisedCodes.contains("household_work_moratorium"))
        let text = try OfferCheckCommand.render(Data(OfferCheckAPITests.saudi.utf8), format: .text, english: true, on: day, registry: nil).get()
        #expect(text.hasPrefix("HIGH RISK") && text.contains("basis: Kepmenaker 260/2015") && text.contains("(unsettled)"))
        guard case .failure(let refused) = OfferCheckCommand.render(Data(#"{"age": "old"}"#.utf8), format: .text, english: false, on: day, registry: nil)
        else { Issue.record("a text age was accepted"); return }
        #expect(refused.fields == ["age"] && refused.description.contains("age: wrong type"))

        // Through the command line itself.
        let good = try Self.file(OfferCheckAPITests.saudi, "offer.json")
        let bad = try Self.file(#"{"offered_by": "sponsor"}"#, "bad.json")
        #expect(await Self.exitStatus { try OfferCheckCommand.parse(["--format", "text", "--on", "2026-12-06", good]).run() } == 0)
        #expect(await Self.exitStatus { try OfferCheckCommand.parse([bad]).run() } == 2)
        #expect(await Self.exitStatus { try OfferCheckCommand.parse(["/nonexistent/offer.json"]).run() } == 2)
        #expect(throws: (any Error).self) { try OfferCheckCommand.parse(["--on", "6/12/2026", good]) }
        // A register to look the company up in: a revoked licence is a red flag.
        let register = try Self.file("nama,nomor_sip3mi,status\nPT Maju Jaya Abadi,B.123/KEP/2021,dicabut\n", "p3mi.csv")
        let company = try Self.file(#"{"offered_by": "company", "licence_shown": "yes", "licence_number": "B.123/KEP/2021"}"#, "company.json")
        #expect(await Self.exitStatus { try OfferCheckCommand.parse(["--registry", register, company]).run() } == 0)
        let checked = try OfferCheckCommand.render(Data(#"{"offered_by": "company", "licence_number": "B.123/KEP/2021"}"#.utf8), format: .json,
                                                   english: false, on: day, registry: AgencyRegistry(try AgencyCSV.read(String(contentsOfFile: register, encoding: .utf8)).agencies)).get()
        #expect(checked.contains("\"revoked_or_suspended_agency\""))
        let headless = try Self.file("company;licence\nA;B\n", "headless.csv")
        #expect(await Self.exitStatus { try OfferCheckCommand.parse(["--registry", headless, company]).run() } == 2)
    }

    @Test func theRegisterIsImportedFromTheCommandLineAndABadHeaderChangesNothing() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("p3mi-cli-\(UUID().uuidString)").path
        let csv = try Self.file("nama,nomor_sip3mi,status\nPT Satu,SATU-1/2020,aktif\nPT Dua,,aktif\nPT Tiga,TIGA-3/2021,bubar\n", "p3mi.csv")
        #expect(await Self.exitStatus { try await P3MICommand.Import.parse(["--data", data, csv]).run() } == 0)
        let headless = try Self.file("company;licence\n", "bad.csv")
        #expect(await Self.exitStatus { try await P3MICommand.Import.parse(["--data", data, headless]).run() } == 2)
        #expect(await Self.exitStatus { try await P3MICommand.Import.parse(["--data", data, "/nonexistent.csv"]).run() } == 2)

        let opened = try await StoreOptions.parse(["--data", data]).open(logger: .init(label: "test"), quiet: true)
        #expect(try await opened.licensedAgencies.all().map(\.name) == ["PT Satu"])
        let history = try await opened.licensedAgencies.imports()
        #expect(history.count == 1 && history[0].via == .cli && history[0].rejects.map(\.line) == [3, 4])
        #expect(try await opened.audit.entries().contains { $0.action == "p3mi.imported" && $0.actorUserID == nil })
        try await opened.db.close()
        try? FileManager.default.removeItem(atPath: data)
    }
}
