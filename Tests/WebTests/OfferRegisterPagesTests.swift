import Foundation
import Hummingbird
import HummingbirdTesting
import OfferCheck
import Store
import Testing
@testable import Web

/// The administrator's side of the checker: the register of licensed agencies uploaded as CSV
/// (good rows loaded, rejects by line, replaced whole, history, audit) and the published
/// warnings, which reach the public list and every check they match.
@Suite struct OfferRegisterPagesTests {
    static let csv = """
        nama,nomor_sip3mi,status,berlaku_sampai,alamat_kantor_pusat,kantor_cabang,telepon
        PT Maju Jaya Abadi,B.123/KEP/2021,aktif,2031-02-28,"Jl. Merdeka 1, Malang",Blitar;Kediri,0341-1
        PT Tanpa Nomor,,aktif,,,,
        PT Salah Tanggal,C-9/2020,aktif,30/02/2030,,,
        PT Dicabut Sekali,D-4/2019,dicabut,,,,
        """

    @Test(arguments: TestBackend.available)
    func anUploadLoadsTheGoodRowsReportsTheBadOnesByLineAndReplacesTheRegisterWhole(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var (admin, _) = try await AdminPagesTests.admin(f, client)
            let (s0, page0, _) = try await admin.get("/admin/p3mi")
            #expect(s0 == .ok && page0.contains("enctype=\"multipart/form-data\"") && page0.contains("Belum pernah ada impor."))

            // A wrong password changes nothing.
            let (wrong, refused, _) = try await admin.upload("/admin/p3mi", [("confirm", "salah")], file: ("file", "p3mi.csv", Self.csv))
            #expect(wrong == .unprocessableContent && refused.contains("Kata sandi atau kode salah."))
            #expect(try await f.store.licensedAgencies.count() == 0)

            let (s1, report, _) = try await admin.upload("/admin/p3mi", [("confirm", WebFixture.password)], file: ("file", "p3mi-2026-12.csv", Self.csv))
            #expect(s1 == .ok)
            #expect(report.contains("2 perusahaan dimuat, 2 baris ditolak, dari berkas p3mi-2026-12.csv"))
            #expect(report.contains("<td data-label=\"Baris\" class=\"num\">3</td>") && report.contains("Nomor SIP3MI kosong."))
            #expect(report.contains("<td data-label=\"Baris\" class=\"num\">4</td>") && report.contains("Tanggal \"30/02/2030\" tidak sah"))
            #expect(report.contains("Kolom yang tidak dikenal dan tidak dibaca: telepon"))
            #expect(try await f.store.licensedAgencies.count() == 2)

            // The checker finds the agency at once, and its branches.
            var walk = OfferWalk(Browser(client))
            try await walk.send([("step", "conduct"), ("go", "next"), ("offered_by", "company"), ("company_name", "P.T. Maju-Jaya Abadi"),
                                 ("licence_shown", "yes")])
            #expect(walk.page.contains("Dicari dengan nama perusahaan.") && walk.page.contains("B.123/KEP/2021") && walk.page.contains("Kediri"))
            #expect(!walk.page.contains("id=\"flag-unknown_agency\""))

            // A second file replaces the whole register; the history lists both.
            let (s2, second, _) = try await admin.upload("/admin/p3mi", [("confirm", WebFixture.password)],
                                                         file: ("file", "baru.csv", "name,licence_number,status\nPT Baru,NEW-1/2026,active\n"))
            #expect(s2 == .ok && second.contains("1 perusahaan dimuat, 0 baris ditolak"))
            #expect(try await f.store.licensedAgencies.all().map(\.name) == ["PT Baru"])
            #expect(second.contains("baru.csv") && second.contains("p3mi-2026-12.csv") && second.contains("Admin"))
            try await walk.send([("step", "conduct"), ("go", "next"), ("offered_by", "company"), ("licence_shown", "yes"),
                                 ("licence_number", "B.123/KEP/2021")])
            #expect(walk.page.contains("id=\"flag-unknown_agency\"") && walk.page.contains("Tidak ditemukan dalam daftar."))
            let imports = try await f.store.audit.entries().filter { $0.action == "p3mi.imported" }
            #expect(imports.count == 2)

            // A file without the required columns: named, and nothing replaced.
            let (s3, bad, _) = try await admin.upload("/admin/p3mi", [("confirm", WebFixture.password)], file: ("file", "x.csv", "company;licence\nA;1\n"))
            #expect(s3 == .unprocessableContent && bad.contains("Kolom wajib tidak ada") && bad.contains("href=\"#f-file\""))
            #expect(try await f.store.licensedAgencies.count() == 1)

            // Only the administrator.
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            #expect(try await officer.get("/admin/p3mi").0 == .forbidden)
        }
    }

    @Test(arguments: TestBackend.available)
    func aPublishedWarningReachesThePublicListAndTheCheckThatMatchesIt(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var (admin, _) = try await AdminPagesTests.admin(f, client)
            _ = try await admin.get("/admin/peringatan")
            let warning = [("name", "Sponsor Haji Umar"), ("phone", "0812-9999-0000"), ("account", "BRI 1234 5678 90"),
                           ("legal_basis", "Merekrut tanpa izin (UU 18/2017 Pasal 69 jo. Pasal 81); tiga laporan korban 2026."),
                           ("published_on", "2026-12-01")]
            let (e1, p1, _) = try await admin.post("/admin/peringatan", [("legal_basis", ""), ("phone", "telepon saja"), ("confirm", WebFixture.password)])
            #expect(e1 == .unprocessableContent && p1.contains("href=\"#f-phone\"") && p1.contains("href=\"#f-legal-basis\""))
            let (e0, p0, _) = try await admin.post("/admin/peringatan", [("legal_basis", "Pasal 69"), ("confirm", WebFixture.password)])
            #expect(e0 == .unprocessableContent && p0.contains("href=\"#f-name\"") && p0.contains("Isi paling sedikit satu pengenal"))
            let (e2, _, _) = try await admin.post("/admin/peringatan", warning.map { $0.0 == "published_on" ? ($0.0, "2999-01-01") : $0 } + [("confirm", WebFixture.password)])
            #expect(e2 == .unprocessableContent, "a warning cannot be dated in the future")
            let (s, _, h) = try await admin.post("/admin/peringatan", warning + [("confirm", WebFixture.password)])
            #expect(s == .seeOther && h[.location] == "/admin/peringatan")

            var visitor = Browser(client)
            let (ps, list, lh) = try await visitor.get("/tppo/peringatan")
            #expect(ps == .ok && lh[.setCookie] == nil)
            #expect(list.contains("Sponsor Haji Umar") && list.contains("BRI 1234 5678 90") && list.contains("1 Desember 2026") && list.contains("Admin"))

            var walk = OfferWalk(visitor)
            try await walk.send([("step", "conduct"), ("go", "next"), ("offered_by", "person"), ("recruiter_phone", "+62 812 9999 0000")])
            #expect(walk.page.contains("id=\"warnings\"") && walk.page.contains("Sponsor Haji Umar") && walk.page.contains("nomor telepon"))

            // Withdrawn: off the public list and off every check, kept in the store and the audit log.
            let id = try #require(try await f.store.publishedWarnings.current().first?.id)
            _ = try await admin.get("/admin/peringatan")
            let (w1, wp, _) = try await admin.post("/admin/peringatan/\(id)/cabut", [("confirm", "salah")])
            #expect(w1 == .unprocessableContent && wp.contains("href=\"#f-confirm-\(id)\""))
            #expect(try await admin.post("/admin/peringatan/\(id)/cabut", [("confirm", WebFixture.password)]).0 == .seeOther)
            #expect(!(try await visitor.get("/tppo/peringatan").1.contains("Sponsor Haji Umar")))
            try await walk.send([("step", "conduct"), ("go", "next"), ("offered_by", "person"), ("recruiter_phone", "+62 812 9999 0000")])
            #expect(!walk.page.contains("id=\"warnings\""))
            let actions = try await f.store.audit.entries().map(\.action)
            #expect(actions.contains("warning.published") && actions.contains("warning.withdrawn"))
        }
    }
}
