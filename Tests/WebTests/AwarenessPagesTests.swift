import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// The public awareness pages: the guarantees of `/lapor` (no cookie, the strict policy, no
/// script, nothing from elsewhere, light), the law from the engine's table with its sources, the
/// help lines as dated data, help by province from the agency table, and the links between them.
@Suite struct AwarenessPagesTests {
    static let publicPages = ["/tppo", "/tppo/hak-korban", "/tppo/cara-melapor", "/tppo/bantuan", "/tppo/bantuan?provinsi=53",
                              "/tppo/peringatan", "/cek-lowongan", "/cek-lowongan/kepala-desa", "/lapor"]

    @Test(arguments: TestBackend.available)
    func everyPublicPageSetsNoCookieLoadsNothingFromElsewhereAndStaysUnder50KB(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            for path in Self.publicPages + Self.publicPages.map { $0 + ($0.contains("?") ? "&" : "?") + "bahasa=en" } {
                let r = try await client.execute(uri: path, method: .get)
                let page = String(buffer: r.body)
                #expect(r.status == .ok, "\(path)")
                #expect(r.headers[.setCookie] == nil, "\(path) sets a cookie")
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true && r.headers[.cacheControl] == "no-store", "\(path)")
                #expect(page.utf8.count < 50_000, "\(path): \(page.utf8.count) bytes")
                #expect(!page.contains("<script"), "\(path) needs no JavaScript")
                // Resources only from this site; links out only where the reader chooses to go.
                for attribute in ["src=\"", "rel=\"stylesheet\" href=\""] {
                    var rest = page[...]
                    while let r = rest.range(of: attribute) {
                        #expect(rest[r.upperBound...].hasPrefix("/"), "\(path) loads \(rest[r.upperBound...].prefix(40))")
                        rest = rest[r.upperBound...]
                    }
                }
                #expect(page.contains("id=\"quick-exit\"") && page.contains("tel:110"), "\(path)")
                #expect(page.contains(path.hasSuffix("bahasa=en") ? "lang=\"en\"" : "lang=\"id\""), "\(path)")
            }
        }
    }

    @Test func theLawIsShownWithItsSourceItsDateAndWhatIsUnsettled() async throws {
        try await WebFixture.with { _, client in
            let rights = String(buffer: try await client.execute(uri: "/tppo/hak-korban", method: .get).body)
            for citation in ["UU 21/2007 Pasal 44", "UU 21/2007 Pasal 48", "UU 21/2007 Pasal 51", "UU 21/2007 Pasal 54 ayat (1)",
                             "UU 13/2006 jo. UU 31/2014 Pasal 6", "UU 21/2007 Pasal 18"] {
                #expect(rights.contains(citation), "\(citation)")
            }
            #expect(rights.contains("Berlaku sejak 19 April 2007") && rights.contains("Keyakinan sumber: tinggi"))
            #expect(rights.contains("Belum pasti:") && rights.contains("Tenggat 14 hari"), "Pasal 50's unverified deadline is said to be so")
            #expect(rights.contains("Tanggal mulai berlakunya tidak tercatat."), "no date is claimed for the LPSK amendment")
            let what = String(buffer: try await client.execute(uri: "/tppo", method: .get).body)
            #expect(what.contains("KUHP Pasal 455 ayat (1)") && what.contains("Berlaku sejak 2 Januari 2026") && what.contains("MA 684 K/Pid.Sus/2026"))
            #expect(what.contains("Jeratan utang yang terus bertambah") && what.contains("href=\"/cek-lowongan\""))
            let report = String(buffer: try await client.execute(uri: "/tppo/cara-melapor", method: .get).body)
            #expect(report.contains("href=\"tel:08001000\"") && report.contains("Nomor diperiksa terakhir: April 2025"))
            #expect(report.contains("08111-129-129") && report.contains("Tanggal pemeriksaan terakhir nomor ini tidak tercatat."))
            #expect(report.contains("Peduli WNI") && report.contains("href=\"/lapor\""))
        }
    }

    @Test func everyPageLinksToTheOthersAndSharesItselfAsALinkAndAWhatsAppText() async throws {
        try await WebFixture.with { _, client in
            let r = try await client.execute(uri: "/tppo/hak-korban?bahasa=en", method: .get)
            let page = String(buffer: r.body)
            #expect(page.contains("value=\"http://localhost/tppo/hak-korban?bahasa=en\" readonly"))
            #expect(page.contains("href=\"https://wa.me/?text=Trafficking%20victims"))
            #expect(page.contains("%0Ahttp%3A%2F%2Flocalhost%2Ftppo%2Fhak-korban%3Fbahasa%3Den\""), "the text ends with the page's address")
            for link in ["/tppo?bahasa=en", "/tppo/cara-melapor?bahasa=en", "/tppo/bantuan?bahasa=en", "/cek-lowongan?bahasa=en", "/lapor?bahasa=en"] {
                #expect(page.contains("href=\"\(link)\""), "\(link)")
            }
            func request(_ host: String) -> Request {
                Request(head: HTTPRequest(method: .get, scheme: "http", authority: host, path: "/tppo"), body: .init(buffer: ByteBuffer()))
            }
            #expect(SiteRoute.absolute("/tppo", request("simpul.go.id:8443")) == "http://simpul.go.id:8443/tppo")
            #expect(SiteRoute.absolute("/tppo", request("evil\"><script>")) == "/tppo", "a forged host never reaches the page")
            let lapor = String(buffer: try await client.execute(uri: "/lapor", method: .get).body)
            #expect(lapor.contains("href=\"/tppo/hak-korban\"") && lapor.contains("href=\"/cek-lowongan\""), "the report form leads to the rest")
        }
    }

    @Test(arguments: TestBackend.available)
    func helpIsListedByProvinceFromTheAgencyTable(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            try await f.store.agencies.create(Agency(id: "ag-ntt", code: "UPTD-PPA-NTT", name: "UPTD PPA Provinsi NTT", kind: .womenChildProtection, provinceCode: "53"))
            try await f.store.agencies.create(Agency(id: "ag-jt", code: "POLDA-JATIM", name: "Polda Jawa Timur", kind: .police, provinceCode: "35"))
            try await f.store.agencies.create(Agency(id: "ag-old", code: "LAMA", name: "Instansi Lama", kind: .ngo, provinceCode: "53"))
            let admin = try #require(try await f.store.users.find(username: "admin")).viewer
            try await f.store.agencies.setActive("ag-old", false, by: admin)
            let all = String(buffer: try await client.execute(uri: "/tppo/bantuan", method: .get).body)
            #expect(all.contains("Nusa Tenggara Timur") && all.contains("UPTD PPA Provinsi NTT") && all.contains("Polda Jawa Timur"))
            #expect(!all.contains("Instansi Lama"), "a deactivated agency is not offered")
            #expect(all.contains("Instansi nasional") && all.contains("Instansi POLDA-A"))
            let ntt = String(buffer: try await client.execute(uri: "/tppo/bantuan?provinsi=53", method: .get).body)
            #expect(ntt.contains("UPTD PPA Provinsi NTT") && !ntt.contains("Polda Jawa Timur") && ntt.contains("<option value=\"53\" selected>"))
            let none = try await client.execute(uri: "/tppo/bantuan?provinsi=%3Cscript%3E", method: .get)
            #expect(none.status == .ok && !String(buffer: none.body).contains("<script>"), "an unknown province shows every province")
        }
    }

    @Test func theVillageHeadsChecklistAsksEveryRuleAndPrintsOnA4() async throws {
        try await WebFixture.with { _, client in
            let page = String(buffer: try await client.execute(uri: "/cek-lowongan/kepala-desa", method: .get).body)
            #expect(page.contains("class=\"public checklist\"") && page.contains("class=\"checklist\"><caption>"))
            #expect(page.contains("UU 18/2017 Pasal 13 huruf b") && page.contains("☐ ⚑"))
            #expect(page.contains("Apakah yang merekrut perusahaan berizin, bukan perorangan"))
            let css = String(buffer: try await client.execute(uri: "/static/app.css", method: .get).body)
            #expect(css.contains(".checklist") && css.contains("size: A4"))
        }
    }
}
