import Cases
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import OpenData
import Store
import Testing
@testable import Web

/// `/data`: public, no sign-in, no cookie; the published releases with their receipts, files and
/// key, and figures read from the protected table alone.
@Suite struct OpenDataPagesTests {
    static let day = CalendarDate(iso: "2026-12-06")!

    @Test(arguments: TestBackend.available)
    func thePublicPageListsAPublishedReleaseAndServesItsFilesUnchanged(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            // Before anything is published the page says so.
            let empty = try await client.execute(uri: "/data", method: .get)
            #expect(empty.status == .ok && String(buffer: empty.body).contains("Belum ada rilis yang diterbitkan."))

            // Set-up: a release published through the store by the administrator.
            let admin = try #require(try await fixture.store.users.find(username: "admin")).viewer
            try await fixture.store.openData.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!), of: "victims", by: admin)
            let records = (0..<300).map { i in
                VictimRecord(year: 2024 + i % 3, age: 10 + i % 40, sex: i % 2 == 0 ? .female : .male, citizenship: "ID",
                             provinceCode: "35", exploitation: [.forcedLabour], means: [])
            }
            var source = SystemRandomBits()
            var draft = try ReleaseDraft.build(ReleaseSpec(version: "2026.1", date: Self.day,
                                                           tables: ReleaseSpec.standardTables(epsilon: Fraction(1, 2)!), years: 2024...2026),
                                               records: records, ledger: try await fixture.store.openData.ledger("victims"), using: &source)
            draft.approve(by: admin.userID, on: Self.day)
            let key = Curve25519.Signing.PrivateKey()
            let release = try await fixture.store.openData.publish(draft, signer: ReleaseSigner(key), by: admin)

            // What must hold: the page, in both languages, without a cookie.
            for (path, words) in [("/data", ["Rilis 2026.1", "k = 11", "Korban per tahun"]),
                                  ("/data?bahasa=en", ["Release 2026.1", "Victims per year", "Ed25519 public key"])] {
                let r = try await client.execute(uri: path, method: .get)
                let page = String(buffer: r.body)
                #expect(r.status == .ok && r.headers[.setCookie] == nil && !page.contains("<script"), "\(path)")
                for w in words { #expect(page.contains(w), "\(path): \(w)") }
                #expect(page.contains(key.publicKey.rawRepresentation.base64EncodedString()))
            }
            // The year figures are the sums of the published table's noisy cells, not the true counts.
            let table = try #require(release.tables.first { $0.spec.name == "victims_by_year_sex" })
            let year2025 = table.cells.filter { $0.categories[0] == "2025" }.reduce(0) { $0 + $1.count }
            #expect(OpenDataPage.totalsByFirstColumn(table.csv).first { $0.0 == "2025" }?.1 == max(0, year2025))

            // Every file is served byte for byte, and the set verifies with the public key.
            var served: [String: Data] = [:]
            for file in release.files {
                let r = try await client.execute(uri: "/data/2026.1/\(file.name)", method: .get)
                #expect(r.status == .ok, "\(file.name)")
                served[file.name] = Data(r.body.readableBytesView)
            }
            _ = try PublishedRelease.verify(files: served, publicKey: key.publicKey.rawRepresentation)
            #expect(try await client.execute(uri: "/data/2026.1/nothing.csv", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/data/1999.9/receipt.json", method: .get).status == .notFound)
        }
    }
}

@Suite("Open data budget")
struct OpenDataBudgetPageTests {
    @Test(arguments: TestBackend.available)
    func theAdministratorSetsTheCapConfirmedAndNeverBelowWhatIsSpent(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            #expect(try await analyst.get("/admin/data").0 == .forbidden)

            var (admin, _) = try await AdminPagesTests.admin(f, client)
            let (first, page, _) = try await admin.get("/admin/data")
            #expect(first == .ok && page.contains("Data terbuka: anggaran privasi") && page.contains("ε = 0, δ = 0"))
            let (bad, badPage, _) = try await admin.post("/admin/data", [("epsilon", "-1"), ("delta", "2"), ("confirm", WebFixture.password)])
            #expect(bad == .unprocessableContent && badPage.contains("ε harus bilangan positif") && badPage.contains("δ harus bilangan"))
            #expect(try await admin.post("/admin/data", [("epsilon", "2"), ("delta", "1/1000000"), ("confirm", "salah")]).0 == .unprocessableContent)
            #expect(try await f.store.openData.ledger("victims").cap == .none)

            let (saved, _, _) = try await admin.post("/admin/data", [("epsilon", "1.5"), ("delta", "1/1000000"), ("confirm", WebFixture.password)])
            #expect(saved == .ok)
            #expect(try await f.store.openData.ledger("victims").cap == PrivacyCost(epsilon: Fraction(3, 2)!, delta: Fraction(1, 1_000_000)!))

            // Once spent, the cap cannot go below it.
            let viewer = try #require(try await f.store.users.find(username: "admin")).viewer
            var source = SystemRandomBits()
            var draft = try ReleaseDraft.build(ReleaseSpec(version: "r1", date: CalendarDate(iso: "2026-12-06")!,
                                                           tables: [ReleaseSpec.standardTables(epsilon: Fraction(1)!)[0]], years: 2024...2026),
                                               records: [], ledger: try await f.store.openData.ledger("victims"), using: &source)
            draft.approve(by: viewer.userID, on: CalendarDate(iso: "2026-12-06")!)
            _ = try await f.store.openData.publish(draft, signer: ReleaseSigner(Curve25519.Signing.PrivateKey()), by: viewer)
            let (below, belowPage, _) = try await admin.post("/admin/data", [("epsilon", "0.5"), ("delta", "1/1000000"),
                                                                             ("confirm", WebFixture.password)])
            #expect(below == .unprocessableContent && belowPage.contains("Batas tidak boleh di bawah yang sudah terpakai"))
            #expect(belowPage.contains("release r1") && belowPage.contains("victims_by_year_sex"))
            let audit = try await f.store.db.query("SELECT detail FROM audit_log WHERE action = ?", [.text("opendata.cap_set")])
            #expect(audit.count == 1)
        }
    }
}
