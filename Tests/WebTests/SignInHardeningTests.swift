import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Testing
@testable import Web

/// The security review's findings on signing in: the second factor cannot be guessed or
/// skipped, redirects stay on this site, sessions end when they should, and nothing tells an
/// outsider which usernames exist.
@Suite("Sign-in hardening")
struct SignInHardeningTests {
    /// Gives the fixture's user a second factor and answers it.
    static func enrol(_ f: WebFixture, _ username: String) async throws -> TOTP {
        let totp = TOTP.generate()
        let user = try #require(try await f.store.users.find(username: username))
        try await f.store.users.setSecondFactor(userID: user.id, totp: totp, acceptedStep: 0)
        return totp
    }

    @Test(arguments: TestBackend.available)
    func wrongCodesLockTheAccountAndEndThePendingSession(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            let totp = try await Self.enrol(f, "admin")
            var b = Browser(client)
            #expect(try await b.signIn("admin") == "/masuk/otp")
            try await b.get("/masuk/otp")
            var last: (HTTPResponse.Status, String, HTTPFields) = (.ok, "", [:])
            for _ in 0..<UserRepository.maxFailedAttempts {
                last = try await b.post("/masuk/otp", [("code", "000000")])
            }
            #expect(last.0 == .unauthorized && last.1.contains("Akun dikunci sementara"))
            #expect(b.cookies["simpul_session"] == nil, "the half-open session is over")
            let (status, _, headers) = try await b.get("/masuk/otp")
            #expect(status == .seeOther && headers[.location] == "/masuk")
            // While locked, even the right password and code open nothing.
            var again = Browser(client)
            try await again.get("/masuk")
            let (refused, page, _) = try await again.post("/masuk", [("username", "admin"), ("password", WebFixture.password)])
            #expect(refused == .unauthorized && page.contains("Akun dikunci sementara"))
            #expect(again.cookies["simpul_session"] == nil)
            _ = totp
        }
    }

    @Test func aUserWhoEnrolledCannotSkipTheCodeAndGetsANewSessionAfterIt() async throws {
        try await WebFixture.with { f, client in
            let totp = try await Self.enrol(f, "penyidik")
            var b = Browser(client)
            #expect(try await b.signIn("penyidik") == "/masuk/otp")
            let pending = try #require(b.cookies["simpul_session"])
            let (skipped, _, to) = try await b.get("/")
            #expect(skipped == .seeOther && to[.location] == "/masuk/otp", "the home page does not open before the code")
            let (kasus, _, _) = try await b.get("/kasus")
            #expect(kasus == .seeOther)
            // The half-open session lives minutes, not a working day.
            let user = try #require(try await f.store.users.find(username: "penyidik"))
            let session = try #require(try await f.store.sessions.find(secret: pending))
            #expect(session.expiresAt.timeIntervalSinceNow <= SessionRepository.pendingLifetime + 5)
            try await b.get("/masuk/otp")
            let (ok, _, home) = try await b.post("/masuk/otp", [("code", totp.code(at: Date()))])
            #expect(ok == .seeOther && home[.location] == "/")
            let full = try #require(b.cookies["simpul_session"])
            #expect(full != pending, "a new session secret after the second factor")
            #expect(try await f.store.sessions.find(secret: pending) == nil)
            let (open, _, _) = try await b.get("/kasus")
            #expect(open == .ok)
            _ = user
        }
    }

    @Test func lockedAndUnknownAccountsAnswerAlikeToAWrongPassword() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            try await b.get("/masuk")
            for _ in 0..<UserRepository.maxFailedAttempts { try await b.post("/masuk", [("username", "penyidik"), ("password", "salah")]) }
            let (locked, lockedPage, _) = try await b.post("/masuk", [("username", "penyidik"), ("password", "salah")])
            let (unknown, unknownPage, _) = try await b.post("/masuk", [("username", "tidak-ada"), ("password", "salah")])
            #expect(locked == unknown)
            #expect(!lockedPage.contains("dikunci") && !unknownPage.contains("dikunci"))
            #expect(lockedPage.contains("Nama pengguna atau kata sandi salah") && unknownPage.contains("Nama pengguna atau kata sandi salah"))
        }
    }

    @Test func oneAddressTryingManyNamesIsSlowed() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            try await b.get("/masuk")
            for i in 0..<SignInThrottle.maxFailures {
                let (s, _, _) = try await b.post("/masuk", [("username", "nama\(i)"), ("password", "salah")])
                #expect(s == .unauthorized)
            }
            let (slowed, page, _) = try await b.post("/masuk", [("username", "penyidik"), ("password", WebFixture.password)])
            #expect(slowed == .tooManyRequests && page.contains("Terlalu banyak percobaan masuk"))
        }
    }

    @Test(arguments: ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example", "/%0D%0A/evil.example", "/\\evil.example"])
    func theLanguageSwitchComesBackOnlyToThisSite(_ target: String) async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            let (status, _, headers) = try await b.get("/bahasa/en?ke=" + target)
            #expect(status == .seeOther && headers[.location] == "/")
        }
    }

    @Test func overHTTPSCookiesAreHostPrefixedAndBrowsersAreToldToStay() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            let https: HTTPFields = [.init("X-Forwarded-Proto")!: "https"]
            let (_, _, headers) = try await b.send("/masuk", method: .get, body: nil, extra: https)
            #expect(headers[.init("Strict-Transport-Security")!]?.contains("max-age=31536000") == true)
            #expect(b.cookies["__Host-simpul_csrf"] != nil && b.cookies["simpul_csrf"] == nil)
            let token = try #require(b.csrf)
            let (signedIn, _, after) = try await b.send("/masuk", method: .post,
                                                        body: "username=penyidik&password=\(WebFixture.password)&_csrf=\(token)", extra: https)
            #expect(signedIn == .seeOther)
            let cookie = try #require(after[values: .setCookie].first { $0.hasPrefix("__Host-simpul_session=") })
            #expect(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.lowercased().contains("domain"))
            // Plain http sends no HSTS.
            let (_, _, plain) = try await b.get("/masuk")
            #expect(plain[.init("Strict-Transport-Security")!] == nil)
        }
    }

    @Test func everyFormKeepsHostileTextAsText() async throws {
        let hostile = #""><meta http-equiv="refresh" content="0;url=https://evil.example/masuk"> '&<b>"#
        let escaped = "&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;"
        try await WebFixture.with { _, client in
            var anonymous = Browser(client)
            try await anonymous.get("/masuk")
            let (_, login, _) = try await anonymous.post("/masuk", [("username", hostile), ("password", "x")])
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let (_, search, _) = try await officer.get("/kasus?q=" + (hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            try await officer.get("/kasus/baru")
            let (_, caseForm, _) = try await officer.post("/kasus/baru", [("provinceCode", "53"), ("regency", hostile), ("openedOn", "kemarin")])
            for page in [login, search, caseForm] {
                #expect(!page.contains("<meta http-equiv") && !page.contains("<b>"))
                #expect(page.contains(escaped))
            }
        }
    }
}
