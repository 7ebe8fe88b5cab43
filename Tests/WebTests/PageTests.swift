import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Markup
import Testing
@testable import Web

@Suite("Pages")
struct PageTests {
    @Test func healthAnswersWhenTheStoreDoes() async throws {
        try await WebFixture.with { _, client in
            let r = try await client.execute(uri: "/health", method: .get)
            #expect(r.status == .ok)
            // The fixture hashes receipt codes with the test setting, and /health says so.
            let health = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8)) as? [String: Any])
            #expect(health["status"] as? String == "ok")
            #expect((health["warnings"] as? [String])?.first?.hasPrefix("receipt codes are hashed with the insecure test setting") == true)
        }
    }

    @Test func healthHasNoWarningWithProductionSettings() async throws {
        try await WebFixture.with(config: AppConfig(bcryptCost: 4)) { _, client in
            let r = try await client.execute(uri: "/health", method: .get)
            let health = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8)) as? [String: Any])
            #expect(health["status"] as? String == "ok" && (health["warnings"] as? [String])?.isEmpty == true)
        }
    }

    @Test func pagesAreIndonesianFirstWithStrictHeaders() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            let (status, html, headers) = try await b.get("/masuk")
            #expect(status == .ok)
            #expect(html.contains(#"<html lang="id">"#))
            #expect(html.contains("Kata sandi"))
            #expect(headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(headers[.cacheControl] == "no-store")
            try await b.get("/bahasa/en?ke=/masuk")
            let (_, english, _) = try await b.get("/masuk")
            #expect(english.contains(#"<html lang="en">"#) && english.contains("Password"))
        }
    }

    @Test(arguments: TestBackend.available)
    func signInSetsAProtectedCookieAndWrongPasswordsDoNot(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            var b = Browser(client)
            try await b.get("/masuk")
            let (bad, page, _) = try await b.post("/masuk", [("username", "penyidik"), ("password", "salah")])
            #expect(bad == .unauthorized)
            #expect(page.contains("Nama pengguna atau kata sandi salah"))
            #expect(b.cookies["simpul_session"] == nil)
            #expect(try await b.signIn("penyidik") == "/")
            #expect(b.cookies["simpul_session"] != nil)
            let (ok, home, _) = try await b.get("/")
            #expect(ok == .ok && home.contains("Selamat datang, Penyidik"))
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefused() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            try await b.get("/masuk")
            let (status, _, _) = try await b.post("/masuk", [("username", "penyidik"), ("password", WebFixture.password)], csrf: false)
            #expect(status == .forbidden)
            #expect(b.cookies["simpul_session"] == nil)
        }
    }

    @Test func pagesNeedASignIn() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            let (status, _, headers) = try await b.get("/kasus")
            #expect(status == .seeOther && headers[.location] == "/masuk")
        }
    }

    @Test func administratorsMustSetUpASecondFactor() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            #expect(try await b.signIn("admin") == "/akun/otp")
            let (status, _, headers) = try await b.get("/kasus")
            #expect(status == .seeOther && headers[.location] == "/akun/otp")
        }
    }

    @Test func aCaseFormNamesEveryBadField() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/kasus/baru")
            let (status, html, _) = try await b.post("/kasus/baru", [("provinceCode", ""), ("regency", ""), ("openedOn", "kemarin"),
                                                                      ("exploitationTypes", "mengemis")])
            #expect(status == .unprocessableContent)
            #expect(html.contains("Ada yang perlu diperbaiki"))
            #expect(html.contains("href=\"#f-provinceCode\""))
            #expect(html.contains("Kabupaten/kota wajib diisi"))
            #expect(html.contains("bukan &apos;kemarin&apos;") || html.contains("bukan 'kemarin'"))
            #expect(html.contains("mengemis"))
        }
    }

    @Test(arguments: TestBackend.available)
    func anUninvolvedAgencyCannotSeeTheVictim(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            try await officer.get("/kasus/baru")
            let (created, _, headers) = try await officer.post("/kasus/baru", [("provinceCode", "53"), ("regency", "Kabupaten Kupang"),
                                                                              ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])
            #expect(created == .seeOther)
            let casePath = try #require(headers[.location])
            let (_, fresh, _) = try await officer.get(casePath)
            #expect(fresh.contains("terdaftar.") && fresh.contains("Langkah berikutnya"), "registering is confirmed, with what comes next")
            let (added, _, _) = try await officer.post(casePath + "/orang", [("role", "victim"), ("fullName", "Yosefina Bria"),
                                                                              ("nik", "5303016408990001"), ("sex", "female"),
                                                                              ("birthPlace", "Atambua"), ("birthDate", "1999-08-24")])
            #expect(added == .seeOther)
            let (_, page, _) = try await officer.get(casePath)
            #expect(page.contains("Yosefina Bria"))
            #expect(page.contains("Atambua, 1999-08-24"), "place and date of birth as papers write them")
            #expect(!page.contains("Langkah berikutnya"), "the confirmation goes once someone is recorded")

            var outsider = Browser(client)
            _ = try await outsider.signIn("luar")
            let (status, other, _) = try await outsider.get(casePath)
            #expect(status == .notFound)
            #expect(!other.contains("Yosefina"))
            let (_, list, _) = try await outsider.get("/kasus")
            #expect(list.contains("Tidak ada kasus yang cocok"))
            // Search by her name finds her case for her agency, and nothing for another.
            let (_, found, _) = try await officer.get("/kasus?q=yosefina+bria")
            #expect(found.contains(casePath))
            let (_, foundByOutsider, _) = try await outsider.get("/kasus?q=yosefina+bria")
            #expect(!foundByOutsider.contains(casePath) && foundByOutsider.contains("Tidak ada kasus yang cocok"))
        }
    }

    @Test func analystsSeeStatisticsButNoCases() async throws {
        try await WebFixture.with { f, client in
            var b = Browser(client)
            _ = try await b.signIn("analis")
            let (status, _, _) = try await b.get("/kasus")
            #expect(status == .forbidden)
            let (ok, stats, _) = try await b.get("/statistik")
            #expect(ok == .ok && stats.contains("Statistik kasus"))
        }
    }
}

@Suite("HTML escaping")
struct HTMLEscapeTests {
    @Test func everyMarkupCharacterIsEscaped() {
        #expect(HTMLEscape.text(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLEscape.text("Kabupaten Kupang, Nusa Tenggara Timur") == "Kabupaten Kupang, Nusa Tenggara Timur")
        #expect(HTMLEscape.text("Sumbawa — ñ <") == "Sumbawa — ñ &lt;")
    }

    @Test func textNodesEscapeMarkupAndKeepQuotesAndEntitiesLiteral() {
        let html = HTML(.body(.p(.plain(#"<script>alert("x")</script> & 'Tom' &amp; &#60;"#)))).render()
        #expect(html.contains(#"<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'Tom' &amp;amp; &amp;#60;</p>"#))
        #expect(!html.contains("<script>"))
    }
}

@Suite("Odd URLs")
struct OddURLTests {
    @Test func pageNumbersOfAnySizeAnswer() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            for page in ["abc", "-5", "184467440737095516", "99999999999999999999"] {
                let (status, _, _) = try await b.get("/kasus?hal=\(page)")
                #expect(status == .ok, "hal=\(page)")
            }
        }
    }

    @Test func anUnknownAddressAnswersInTheReadersLanguage() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            let (status, page, _) = try await b.get("/tidak-ada-halaman-ini")
            #expect(status == .notFound && page.contains("Halaman tidak ditemukan") && !page.contains("Not Found"))
            try await b.get("/bahasa/en?ke=/masuk")
            let (_, english, _) = try await b.get("/no-such-page")
            #expect(english.contains("Page not found"))
        }
    }

    /// An officer in Kupang reads 09:05 WITA, one in Jakarta 08:05 WIB: the zone of their agency.
    @Test func timesAreShownInTheZoneOfTheViewersAgency() async throws {
        try await WebFixture.with { f, client in
            try await f.store.agencies.create(Agency(id: "ag-ntt", code: "POLDA-NTT", name: "Polda NTT", kind: .police, provinceCode: "53"))
            _ = try await f.store.users.create(username: "kupang", displayName: "Kupang", agencyID: "ag-ntt", role: .investigator,
                                               email: nil, passwordHash: PasswordHasher(cost: 4).hash(WebFixture.password))
            try await f.store.db.transaction { tx in
                for agency in ["ag-ntt", "ag-a"] {
                    try await CoordinationRepository.insertNotice(Notice(agencyID: agency, caseID: nil, recordID: nil, text: ("Uji", "Test")), in: tx)
                }
            }
            try await f.store.db.execute("UPDATE notifications SET created_at = ?", [.text("2026-12-06T01:05:00.000Z")])
            var kupang = Browser(client)
            _ = try await kupang.signIn("kupang")
            let (_, work, _) = try await kupang.get("/kerja")
            #expect(work.contains("2026-12-06 09:05 WITA") && !work.contains("UTC"))
            var jakarta = Browser(client)
            _ = try await jakarta.signIn("penyidik")
            let (_, other, _) = try await jakarta.get("/kerja")
            #expect(other.contains("2026-12-06 08:05 WIB"))
        }
    }
}
