import Cases
import Crypto
import Foundation
import Law
import OpenData
import Testing
@testable import Store

/// Open data in the store (M024): budgets and spendings, releases written once and read back
/// byte for byte, and the registry read out as victims and as HTCDS cases.
@Suite("Open data in the store")
struct OpenDataStoreTests {
    static let day = CalendarDate(iso: "2026-12-06")!

    /// Twelve cases in two provinces, each with a victim and a screening naming debt bondage.
    func registry(_ f: Fixture) async throws {
        for i in 0..<12 {
            let c = try await f.registerCase(province: i % 2 == 0 ? "53" : "35")
            _ = try await f.addVictim(c.id, name: "Korban \(i)")
            let facts = CaseFacts(means: [.debtBondage])
            let json = String(decoding: try JSONEncoder().encode(facts), as: UTF8.self)
            try await f.store.screenings.save(StoredScreening(id: "scr-\(i)", caseID: c.id, factsJSON: json, resultJSON: "{}",
                                                              asOf: "2026-10-02", palermoVerdict: "x", nationalVerdict: "x", articles: [],
                                                              createdBy: nil, createdAt: Timestamp.now()), by: f.investigator)
        }
    }

    @Test(arguments: TestBackend.available)
    func aReleaseIsPublishedOnceWithinTheCapAndReadBackVerified(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            try await registry(f)
            let records = try await f.store.openDataSources.victimRecords()
            #expect(records.count == 12 && records.allSatisfy { $0.means == [.debtBondage] && $0.sex == .female && $0.year == 2026 })

            // No cap set yet: nothing may be released.
            var source = SystemRandomBits()
            let spec = ReleaseSpec(version: "2026.1", date: Self.day, tables: ReleaseSpec.standardTables(epsilon: Fraction(1, 2)!),
                                   years: 2024...2026)
            #expect(throws: OpenDataError.self) {
                try ReleaseDraft.build(spec, records: records, ledger: PrivacyLedger(dataset: "victims", cap: .none), using: &source)
            }
            #expect(try await f.store.openData.ledger("victims").cap == .none)

            try await f.store.openData.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!), of: "victims", by: f.admin)
            var draft = try ReleaseDraft.build(spec, records: records, ledger: try await f.store.openData.ledger("victims"), using: &source)
            draft.approve(by: f.admin.userID, on: Self.day)
            let key = Curve25519.Signing.PrivateKey()
            let release = try await f.store.openData.publish(draft, signer: ReleaseSigner(key), by: f.admin)

            // What must hold: the spending is in the ledger, the files come back byte for byte and verify.
            let ledger = try await f.store.openData.ledger("victims")
            #expect(ledger.spent.epsilon == Fraction(3, 2)! && ledger.entries.count == 3)
            let files = try await f.store.openData.files(version: "2026.1")
            #expect(files == release.files)
            _ = try PublishedRelease.verify(files: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) }),
                                            publicKey: key.publicKey.rawRepresentation)
            #expect(try await f.store.openData.releases().map(\.version) == ["2026.1"])

            // The same version again, or one more release beyond the cap, is refused and writes nothing.
            await #expect(throws: OpenDataError.versionTaken("2026.1")) {
                _ = try await f.store.openData.publish(draft, signer: ReleaseSigner(key), by: f.admin)
            }
            var second = try ReleaseDraft.build(ReleaseSpec(version: "2026.2", date: Self.day, tables: [spec.tables[0]], years: 2024...2026),
                                                records: records, ledger: ledger, using: &source)
            second.approve(by: f.admin.userID, on: Self.day)
            _ = try await f.store.openData.publish(second, signer: ReleaseSigner(key), by: f.admin)
            var third = second
            third = try ReleaseDraft.build(ReleaseSpec(version: "2026.3", date: Self.day, tables: [spec.tables[0]], years: 2024...2026),
                                           records: records, ledger: PrivacyLedger(dataset: "victims", cap: ledger.cap), using: &source)
            third.approve(by: f.admin.userID, on: Self.day)
            await #expect(throws: OpenDataError.self) { _ = try await f.store.openData.publish(third, signer: ReleaseSigner(key), by: f.admin) }
            #expect(try await f.store.openData.ledger("victims").spent.epsilon == Fraction(2)!)
            #expect(try await f.store.openData.releases().count == 2)
            // And the cap cannot now be lowered below what is spent.
            await #expect(throws: OpenDataError.self) {
                try await f.store.openData.setCap(PrivacyCost(epsilon: Fraction(1)!, delta: .zero), of: "victims", by: f.admin)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func theRegistryRoundTripsThroughHTCDS(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            try await registry(f)
            // Read in pages of five, as the command streams them.
            var cases: [ExchangeCase] = [], after: String?
            while case let page = try await f.store.openDataSources.exchangePage(after: after, limit: 5), !page.cases.isEmpty {
                cases += page.cases
                after = page.next
            }
            #expect(cases.count == 12 && cases.allSatisfy { $0.persons.count == 1 && $0.means == [.debtBondage] })
            #expect(cases.allSatisfy { $0.involvedAgencyIDs == ["ag-a"] && $0.persons[0].identity == nil })

            let exporter = HTCDSExporter()
            let first = cases.map(exporter.jsonLine).joined()
            let imported = HTCDSImporter(agencyID: "ag-b").importJSONLines(first, file: "export.jsonl")
            #expect(imported.rejects.isEmpty)
            #expect(imported.cases.map(exporter.jsonLine).joined() == first)
        }
    }
}

/// A job's rejects are kept in the store unsealed, so no reject may carry a partner's identity.
@Suite("HTCDS import rejects as a job keeps them")
struct StoredRejectTests {
    @Test func aWholeLineOrSectionThatCouldNotBeReadIsNotKept() throws {
        let text = """
            Siti Aminah, 3578014506950002, not JSON
            {"cas_Id": "c1", "persons": "Siti Aminah 3578014506950002"}
            """
        let rejects = HTCDSImporter(agencyID: "ag-a", defaultProvinceCode: "35").importJSONLines(text, file: "mitra.jsonl").rejects
        let kept = rejects.filter { $0.field == "*" || $0.field == "persons" }.map(StoredReject.init)
        #expect(Set(kept.map(\.field)) == ["*", "persons"])
        #expect(kept.allSatisfy { $0.value == StoredReject.withheld && $0.line > 0 })
    }
}
