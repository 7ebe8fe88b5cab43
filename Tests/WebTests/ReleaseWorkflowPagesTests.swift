import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import OpenData
import Store
import Testing
@testable import Web

/// `/admin/data/rilis`: the administrator builds a draft, previews it, approves and publishes it,
/// each confirmed and refused with the reason; the public page then shows it with the store's key.
@Suite("Release workflow pages")
struct ReleaseWorkflowPagesTests {
    static func draftID(_ headers: HTTPFields) -> String? {
        headers[.location].flatMap { $0.hasPrefix("/admin/data/rilis/") ? String($0.dropFirst("/admin/data/rilis/".count)) : nil }
    }

    @Test(arguments: TestBackend.available)
    func theAdministratorPreviewsApprovesAndPublishesARelease(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            #expect(try await analyst.get("/admin/data/rilis").0 == .forbidden)

            var (admin, _) = try await AdminPagesTests.admin(f, client)
            _ = try await admin.get("/admin/data")
            #expect(try await admin.post("/admin/data", [("epsilon", "2"), ("delta", "1/1000000"), ("confirm", WebFixture.password)]).0 == .ok)
            let (empty, emptyPage, _) = try await admin.get("/admin/data/rilis")
            #expect(empty == .ok && emptyPage.contains("Belum ada draf.") && emptyPage.contains("Buat kunci tanda tangan"))

            // Refused with the reason beside the field: a bad version, k below 11, a cost beyond the cap.
            let fields = { (version: String, k: String, epsilon: String) in
                [("version", version), ("k", k), ("epsilon", epsilon), ("firstYear", "2020")]
            }
            let (badVersion, badVersionPage, _) = try await admin.post("/admin/data/rilis", fields("../x", "11", "1/2"))
            #expect(badVersion == .unprocessableContent && badVersionPage.contains("Versi harus 1–40 huruf"))
            let (lowK, lowKPage, _) = try await admin.post("/admin/data/rilis", fields("2026.1", "5", "1/2"))
            #expect(lowK == .unprocessableContent && lowKPage.contains("k = 5 terlalu kecil; paling sedikit 11"))
            let (over, overPage, _) = try await admin.post("/admin/data/rilis", fields("2026.1", "11", "1"))
            #expect(over == .unprocessableContent && overPage.contains("Anggaran privasi data victims terlampaui"))
            // The same refusal in English for a reader who chose English.
            admin.cookies[SessionMiddleware.languageCookie] = "en"
            let (_, overEnglish, _) = try await admin.post("/admin/data/rilis", fields("2026.1", "11", "1"))
            #expect(overEnglish.contains("Privacy budget of victims exceeded") && !overEnglish.contains("terlampaui"))
            admin.cookies[SessionMiddleware.languageCookie] = nil
            #expect(try await f.store.openData.drafts().isEmpty)

            // Built: the preview shows the receipt, the utility report and the files.
            let (built, _, headers) = try await admin.post("/admin/data/rilis", fields("2026.1", "11", "1/2"))
            let id = try #require(Self.draftID(headers))
            #expect(built == .seeOther)
            let (_, preview, _) = try await admin.get("/admin/data/rilis/\(id)")
            for words in ["Tanda terima privasi", "Laporan kegunaan", "Galat 95%", "victims-k11.csv", "ε = 3/2", "Setujui"] {
                #expect(preview.contains(words), "\(words)")
            }
            let stored = try #require(try await f.store.openData.draft(id))
            let (fileStatus, file, _) = try await admin.get("/admin/data/rilis/\(id)/berkas/receipt.json")
            #expect(fileStatus == .ok && Data(file.utf8) == stored.contents.files.last?.contents)
            #expect(try await analyst.get("/admin/data/rilis/\(id)/berkas/receipt.json").0 == .forbidden)
            #expect(try await admin.get("/admin/data/rilis/nothing").0 == .notFound)

            // Publishing before approval is refused; approval asks for the password again.
            _ = try await admin.get("/admin/data/rilis/\(id)")
            let (early, earlyPage, _) = try await admin.post("/admin/data/rilis/\(id)/terbitkan", [("confirm", WebFixture.password)])
            #expect(early == .unprocessableContent && earlyPage.contains("belum disetujui"))
            #expect(try await admin.post("/admin/data/rilis/\(id)/setujui", [("confirm", "salah")]).0 == .unprocessableContent)
            #expect(try await admin.post("/admin/data/rilis/\(id)/setujui", [("confirm", WebFixture.password)]).0 == .seeOther)
            #expect(try await admin.get("/admin/data/rilis/\(id)").1.contains("Terbitkan"))
            #expect(try await admin.post("/admin/data/rilis/\(id)/terbitkan", [("confirm", WebFixture.password)]).0 == .seeOther)

            // What must hold: the public page lists it with the store's key, and it verifies.
            let key = try #require(try await f.store.openData.signingPublicKey())
            let publicPage = String(buffer: try await client.execute(uri: "/data", method: .get).body)
            #expect(publicPage.contains("Rilis 2026.1") && publicPage.contains(key.base64EncodedString()))
            let files = try await f.store.openData.files(version: "2026.1")
            _ = try PublishedRelease.verify(files: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) }), publicKey: key)
            let (again, againPage, _) = try await admin.post("/admin/data/rilis/\(id)/terbitkan", [("confirm", WebFixture.password)])
            #expect(again == .unprocessableContent && againPage.contains("sudah diterbitkan"))
            #expect(try await admin.get("/admin/data/rilis/\(id)").1.contains("Lihat di halaman data terbuka"))
        }
    }
}
