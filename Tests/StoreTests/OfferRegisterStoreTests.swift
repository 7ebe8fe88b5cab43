import Cases
import Foundation
import OfferCheck
import Testing
@testable import Store

/// The register of licensed agencies and the published warnings in the store (M022): an import
/// replaces the list whole, with its history and audit entry; every server's index follows the
/// change at its next check.
@Suite("Offer register in the store")
struct OfferRegisterStoreTests {
    static let csv = """
        nama,nomor_sip3mi,status,nib,berlaku_sampai,kantor_cabang
        PT Maju Jaya Abadi,B.123/KEP/2021,aktif,1234567890123,2031-02-28,Blitar; Kediri
        PT Tanpa Nomor,,aktif,,,
        "PT Sinar, Harapan",KEP-77/2019,dicabut,,31/12/2030,
        PT Ganda,B.123/KEP/2021,aktif,,,
        """

    @Test(arguments: TestBackend.available)
    func anImportReplacesTheRegisterWholeAndIsAudited(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: a first list of two good rows and two bad ones.
            let first = try AgencyCSV.read(Self.csv)
            let record = try await f.store.licensedAgencies.replace(with: first, fileName: "p3mi-2026.csv", by: f.admin)

            // What must hold: the good rows with their fields, the bad ones reported by line.
            #expect(record.loaded == 2 && record.rejected == 2 && record.via == .admin)
            let all = try await f.store.licensedAgencies.all()
            #expect(all.map(\.name) == ["PT Maju Jaya Abadi", "PT Sinar, Harapan"])
            #expect(all[0].branches == ["Blitar", "Kediri"] && all[0].nib == "1234567890123")
            #expect(all[1].status == .revoked && all[1].validUntil == CalendarDay(iso: "2030-12-31"))
            let history = try await f.store.licensedAgencies.imports()
            #expect(history.first?.rejects.map(\.line) == [3, 5])
            #expect(history.first?.importedByName == "G" && history.first?.fileName == "p3mi-2026.csv")

            // A second file replaces the first entirely; the history keeps both, newest first.
            let second = try AgencyCSV.read("name,licence_number,status\nPT Baru,NEW-1/2026,active\n")
            try await f.store.licensedAgencies.replace(with: second, fileName: "baru.csv", by: nil)
            #expect(try await f.store.licensedAgencies.all().map(\.name) == ["PT Baru"])
            let both = try await f.store.licensedAgencies.imports()
            #expect(both.map(\.fileName) == ["baru.csv", "p3mi-2026.csv"] && both[0].via == .cli && both[0].importedBy == nil)
            let audit = try await f.store.audit.entries().filter { $0.action == "p3mi.imported" }
            #expect(audit.count == 2 && audit.contains { $0.detail.contains("loaded=2 rejected=2") })
        }
    }

    @Test(arguments: TestBackend.available)
    func everyServersIndexFollowsAChangeMadeThroughAnother(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Two servers on one database: each keeps its own index.
            let other = SimpulStore(db: f.store.db, cipher: Fixture.key)
            let before = try await other.offerRegister.current()
            #expect(before.agencies.agencies.isEmpty)
            #expect(try await other.offerRegister.current().version == before.version, "unchanged: the kept index is given again")

            try await f.store.licensedAgencies.replace(with: try AgencyCSV.read(Self.csv), fileName: "a.csv", by: f.admin)
            let id = try await f.store.publishedWarnings.publish(
                PublishedWarning(id: "", name: "Sinar Harapan", licenceNumber: nil, phone: "0812 3456 7890", account: nil,
                                 legalBasis: "UU 18/2017 Pasal 69", publishedOn: CalendarDay(iso: "2026-12-01")!, approvedBy: ""), by: f.admin)

            let after = try await other.offerRegister.current()
            #expect(after.version > before.version)
            #expect(after.agencies.agency(licenceNumber: "b.123/kep/2021")?.name == "PT Maju Jaya Abadi")
            var offer = OfferAnswers()
            offer.recruiterPhone = "+62 812 3456 7890"
            #expect(after.warnings.matches(offer).map(\.warning.id) == [id])
            #expect(after.warnings.warnings.first?.approvedBy == "G")

            try await f.store.publishedWarnings.withdraw(id: id, by: f.admin)
            #expect(try await other.offerRegister.current().warnings.warnings.isEmpty)
            await #expect(throws: StoreError.self) { try await f.store.publishedWarnings.withdraw(id: id, by: f.admin) }
            let actions = try await f.store.audit.entries().map(\.action)
            #expect(actions.contains("warning.published") && actions.contains("warning.withdrawn"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aWarningWithoutIdentifierOrBasisIsRefusedFieldByField(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let draft = PublishedWarning(id: "", name: nil, licenceNumber: nil, phone: nil, account: nil, legalBasis: "",
                                         publishedOn: CalendarDay(iso: "2026-12-01")!, approvedBy: "")
            do {
                try await f.store.publishedWarnings.publish(draft, by: f.admin)
                Issue.record("published a warning with nothing in it")
            } catch let failure as ValidationFailure {
                #expect(failure.errors.map(\.field) == ["name", "legal_basis"])
            }
            #expect(try await f.store.publishedWarnings.current().isEmpty)
        }
    }
}
