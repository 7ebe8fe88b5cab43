import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Testing
@testable import Web

/// The administrator works on the web, not in a shell: agencies, users with one-time links,
/// tokens and the audit log; sensitive changes ask for the password or code again.
@Suite("Administration pages")
struct AdminPagesTests {
    /// The fixture's administrator, signed in with both factors.
    static func admin(_ f: WebFixture, _ client: any TestClientProtocol) async throws -> (Browser, TOTP) {
        let totp = try await SignInHardeningTests.enrol(f, "admin")
        var b = Browser(client)
        _ = try await b.signIn("admin")
        try await b.get("/masuk/otp")
        let (status, _, _) = try await b.post("/masuk/otp", [("code", totp.code(at: Date()))])
        #expect(status == .seeOther)
        return (b, totp)
    }

    static func link(in page: String) -> String? {
        guard let r = page.range(of: "/akun/tautan?token=") else { return nil }
        return "/akun/tautan?token=" + String(page[r.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    @Test(arguments: TestBackend.available)
    func aNewUserGetsAOneTimeLinkNotAPassword(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var (admin, _) = try await Self.admin(f, client)
            try await admin.get("/admin/pengguna")
            let fields = [("username", "peksos.kupang"), ("displayName", "Peksos Kupang"), ("role", "social_worker"), ("agencyID", "ag-a")]
            // Without the password again, nothing is created.
            let (refused, page, _) = try await admin.post("/admin/pengguna", fields + [("confirm", "salah-sekali")])
            #expect(refused == .unprocessableContent && page.contains("Kata sandi atau kode salah"))
            #expect(try await f.store.users.find(username: "peksos.kupang") == nil)
            let (created, shown, _) = try await admin.post("/admin/pengguna", fields + [("confirm", WebFixture.password)])
            #expect(created == .ok)
            let link = try #require(Self.link(in: shown))
            #expect(shown.contains("tidak ditampilkan lagi"))

            // The person opens the link, chooses a password, and signs in with it.
            var person = Browser(client)
            let (opens, form, _) = try await person.get(link)
            #expect(opens == .ok && form.contains("Pilih kata sandi"))
            let token = String(link.split(separator: "=").last ?? "")
            let (mismatch, _, _) = try await person.post("/akun/tautan", [("token", token), ("password", "kopi-pagi-di-kupang"), ("repeat", "lain")])
            #expect(mismatch == .unprocessableContent)
            let (saved, _, _) = try await person.post("/akun/tautan", [("token", token), ("password", "kopi-pagi-di-kupang"),
                                                                      ("repeat", "kopi-pagi-di-kupang")])
            #expect(saved == .ok)
            try await person.get("/masuk")
            let (signedIn, _, to) = try await person.post("/masuk", [("username", "peksos.kupang"), ("password", "kopi-pagi-di-kupang")])
            #expect(signedIn == .seeOther && to[.location] == "/")
            // Once used, the link opens nothing.
            var again = Browser(client)
            #expect(try await again.get(link).0 == .notFound)
            let actions = try await f.store.audit.entries(limit: 50).map(\.action)
            #expect(actions.contains("user.created") && actions.contains("user.link_created") && actions.contains("user.link_used"))
        }
    }

    @Test func disablingAUserEndsTheirSessionAndTokens() async throws {
        try await WebFixture.with { f, client in
            var (admin, totp) = try await Self.admin(f, client)
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let user = try #require(try await f.store.users.find(username: "penyidik"))
            let token = try await f.store.tokens.createAPIToken(userID: user.id, name: "laptop", validFor: 30)
            try await admin.get("/admin/pengguna/\(user.id)")
            let (done, _, _) = try await admin.post("/admin/pengguna/\(user.id)/status", [("disabled", "1"), ("confirm", totp.code(at: Date()))])
            #expect(done == .seeOther)
            let (gone, _, to) = try await officer.get("/kasus")
            #expect(gone == .seeOther && to[.location] == "/masuk")
            #expect(try await f.store.tokens.user(forAPIToken: token) == nil)
            // An administrator cannot lock themself out.
            let me = try #require(try await f.store.users.find(username: "admin"))
            try await admin.get("/admin/pengguna/\(me.id)")
            let (own, _, _) = try await admin.post("/admin/pengguna/\(me.id)/status", [("disabled", "1"), ("confirm", WebFixture.password)])
            #expect(own == .unprocessableContent)
        }
    }

    @Test func roleChangesAndAgenciesAreCheckedAndAudited() async throws {
        try await WebFixture.with { f, client in
            var (admin, _) = try await Self.admin(f, client)
            try await admin.get("/admin/instansi")
            let (dup, dupPage, _) = try await admin.post("/admin/instansi", [("code", "POLDA-A"), ("name", "Lagi"), ("kind", "police")])
            #expect(dup == .unprocessableContent && dupPage.contains("sudah dipakai"))
            let (added, _, _) = try await admin.post("/admin/instansi", [("code", "UPTD-PPA-NTT"), ("name", "UPTD PPA NTT"),
                                                                         ("kind", "women_child_protection"), ("provinceCode", "53")])
            #expect(added == .seeOther)
            let uptd = try #require(try await f.store.agencies.find(code: "UPTD-PPA-NTT"))
            // An agency with enabled users cannot be deactivated.
            try await admin.get("/admin/instansi/ag-a")
            let (busy, busyPage, _) = try await admin.post("/admin/instansi/ag-a/status", [("active", "0"), ("confirm", WebFixture.password)])
            #expect(busy == .unprocessableContent && busyPage.contains("masih memiliki"))
            // Move the officer to the new agency as a social worker; then ag-b's outsider… stays.
            let officer = try #require(try await f.store.users.find(username: "penyidik"))
            try await admin.get("/admin/pengguna/\(officer.id)")
            let (moved, _, _) = try await admin.post("/admin/pengguna/\(officer.id)/ubah", [("role", "social_worker"), ("agencyID", uptd.id),
                                                                                          ("confirm", WebFixture.password)])
            #expect(moved == .seeOther)
            let after = try #require(try await f.store.users.find(id: officer.id))
            #expect(after.role == .socialWorker && after.agencyID == uptd.id)
            let (empty, _, _) = try await admin.post("/admin/instansi/ag-a/status", [("active", "0"), ("confirm", WebFixture.password)])
            #expect(empty == .seeOther)
            #expect(try await f.store.agencies.find(id: "ag-a")?.active == false)
            let actions = try await f.store.audit.entries(limit: 50).map(\.action)
            #expect(actions.contains("agency.created") && actions.contains("user.updated") && actions.contains("agency.deactivated"))
        }
    }

    @Test func theAuditLogIsFilteredAndItsChainChecked() async throws {
        try await WebFixture.with { f, client in
            var (admin, _) = try await Self.admin(f, client)
            let (ok, page, _) = try await admin.get("/admin/audit?tindakan=user.sign")
            #expect(ok == .ok && page.contains("user.sign_in"))
            #expect(!page.contains("<code>user.second_factor"), "only actions with that prefix")
            let (bad, badPage, _) = try await admin.get("/admin/audit?dari=kemarin&pengguna=tidak-ada")
            #expect(bad == .unprocessableContent && badPage.contains("href=\"#f-dari\"") && badPage.contains("Tidak ada pengguna"))
            let (_, like, _) = try await admin.get("/admin/audit?tindakan=%25")
            #expect(like.contains("Tidak ada entri yang cocok"), "a % is a character, not a wildcard")
            let (checked, result, _) = try await admin.post("/admin/audit/periksa", [])
            #expect(checked == .ok && result.contains("Rantai hash utuh"))
        }
    }

    @Test func onlyAdministratorsSeeThesePages() async throws {
        try await WebFixture.with { _, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            for path in ["/admin", "/admin/pengguna", "/admin/instansi", "/admin/audit"] {
                #expect(try await officer.get(path).0 == .forbidden, "\(path)")
            }
        }
    }
}
