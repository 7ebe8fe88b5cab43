import Cases
import Foundation
import Hummingbird
import NIOPosix
import Markup
import Security
import Store

/// Sign-in with password and, where the role needs it, a TOTP code; first administrator set-up
/// with a one-time token; sign-out; language choice.
struct AuthController {
    let store: SimpulStore
    let hasher: PasswordHasher
    let cookies: CookieJar
    let throttle: SignInThrottle
    let trustedProxies: Int

    /// A hash to check against when the user does not exist, so the answer takes as long as for
    /// a real user and does not reveal which usernames exist.
    let decoyHash: String

    init(store: SimpulStore, hasher: PasswordHasher, cookies: CookieJar, throttle: SignInThrottle, trustedProxies: Int) {
        self.store = store
        self.hasher = hasher
        self.cookies = cookies
        self.throttle = throttle
        self.trustedProxies = trustedProxies
        decoyHash = hasher.hash(Secrets.token())
    }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.login.pattern) { req, ctx in try await loginPage(req, ctx, username: nil, message: nil) }
        router.post(SiteRoute.login.pattern) { req, ctx in try await login(req, ctx) }
        router.get(SiteRoute.secondFactor.pattern) { _, ctx in try secondFactorPage(ctx, message: nil) }
        router.post(SiteRoute.secondFactor.pattern) { req, ctx in try await verifySecondFactor(req, ctx) }
        router.get(SiteRoute.enrolSecondFactor.pattern) { _, ctx in try enrolPage(ctx, secret: TOTP.generate(), message: nil) }
        router.post(SiteRoute.enrolSecondFactor.pattern) { req, ctx in try await enrol(req, ctx) }
        router.post(SiteRoute.logout.pattern) { req, ctx in try await logout(req, ctx) }
        router.get(SiteRoute.setup.pattern) { req, ctx in try await setupPage(req, ctx, token: req.uri.queryParameters.get("token") ?? "", form: nil, errors: []) }
        router.post(SiteRoute.setup.pattern) { req, ctx in try await setup(req, ctx) }
        registerAccountLink(router)
        router.get(SiteRoute.language(SiteRoute.idParameter).pattern) { req, ctx in
            let code = ctx.parameters.get("id") == "en" ? "en" : "id"
            let back = SiteRoute.localPath(req.uri.queryParameters.get("ke")) ?? SiteRoute.home.path
            var response = Response.redirect(to: back, type: .normal)
            response.setCookie(cookies.language(code, request: req))
            return response
        }
    }

    /// A page for someone not yet signed in: it needs a pre-session CSRF token in a cookie.
    func anonymousPage(_ req: Request, _ ctx: SimpulContext, status: HTTPResponse.Status = .ok,
                       _ render: (Layout.Chrome) -> HTML) -> Response {
        let token = cookies.value(CSRFMiddleware.preSessionCookie, in: req) ?? Secrets.token(byteCount: 24)
        let chrome = Layout.Chrome(lang: ctx.lang, signedIn: nil, csrf: token, path: req.uri.path)
        var response = Layout.response(render(chrome), status: status)
        response.setCookie(cookies.preSessionCSRF(token, request: req))
        return response
    }

    func loginPage(_ req: Request, _ ctx: SimpulContext, username: String?, message: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        var message = message
        if message == nil, try await store.needsSetup() {
            message = ctx.lang("Simpul belum disiapkan: buka tautan penyiapan yang dicetak saat server dimulai.",
                               "Simpul is not set up yet: open the set-up link printed when the server started.")
        }
        return anonymousPage(req, ctx, status: status) { AuthViews.login($0, username: username, message: message) }
    }

    func login(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = ctx.form ?? FormData("")
        let username = form.value("username") ?? ""
        let password = form["password"] ?? ""
        let wrong = ctx.lang("Nama pengguna atau kata sandi salah.", "Wrong username or password.")
        guard !username.isEmpty, !password.isEmpty, username.count <= 100, password.utf8.count <= 200 else {
            return try await loginPage(req, ctx, username: username, message: wrong, status: .unauthorized)
        }
        let address = ctx.clientAddress(req, trustedProxies: trustedProxies)
        if let wait = await throttle.mayTry(address) {
            return try await loginPage(req, ctx, username: username, message: Self.waitMessage(wait, ctx.lang), status: .tooManyRequests)
        }
        let found = try await store.users.credentials(username: username)
        let ok = try await verify(password, hash: found?.hash ?? decoyHash)
        guard let found, !found.user.disabled, ok else {
            if let found, !found.user.disabled, found.lockedUntil.map({ $0 <= Date() }) ?? true {
                try await store.users.recordFailure(userID: found.user.id)
            }
            await throttle.countFailure(address)
            return try await loginPage(req, ctx, username: username, message: wrong, status: .unauthorized)
        }
        // Only someone who knows the password learns that the account is locked: to anyone
        // else a locked account answers as a wrong password does, and so does a made-up name.
        if let locked = found.lockedUntil, locked > Date() {
            return try await loginPage(req, ctx, username: username, message: Self.lockedMessage(locked, ctx.lang), status: .unauthorized)
        }
        try await store.users.recordSuccess(userID: found.user.id)
        let needsCode = found.user.hasSecondFactor || found.user.role.requiresSecondFactor
        let secret = try await store.sessions.create(userID: found.user.id, secondFactorDone: false, pending: needsCode, language: ctx.lang.code)
        try await store.audit.record(AuditEvent(actorUserID: found.user.id, actorAgencyID: found.user.agencyID, action: "user.sign_in"))
        let next: SiteRoute = !needsCode ? .home : found.user.hasSecondFactor ? .secondFactor : .enrolSecondFactor
        var response = Response.redirect(to: next.path, type: .normal)
        response.setCookie(cookies.session(secret, request: req))
        return response
    }

    static func lockedMessage(_ until: Date, _ lang: Lang) -> String {
        let minutes = Int(until.timeIntervalSinceNow / 60) + 1
        return lang("Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam \(minutes) menit.",
                    "The account is locked after too many failed attempts. Try again in \(minutes) minutes.")
    }

    static func waitMessage(_ seconds: Double, _ lang: Lang) -> String {
        let minutes = Int((seconds / 60).rounded(.up))
        return lang("Terlalu banyak percobaan masuk yang gagal dari jaringan ini. Coba lagi dalam \(minutes) menit.",
                    "Too many failed sign-ins from this network. Try again in \(minutes) minutes.")
    }

    func verify(_ password: String, hash: String) async throws -> Bool {
        let hasher = self.hasher
        // bcrypt takes a quarter of a second: off the event loop.
        return try await NIOThreadPool.singleton.runIfActive { hasher.verify(password, hash: hash) }
    }

    func pendingSignIn(_ ctx: SimpulContext) throws -> SignedIn {
        guard let s = ctx.signedIn else { throw PageRedirect(SiteRoute.login.path) }
        return s
    }

    func secondFactorPage(_ ctx: SimpulContext, message: String?) throws -> Response {
        let s = try pendingSignIn(ctx)
        guard s.user.hasSecondFactor else { throw PageRedirect(SiteRoute.enrolSecondFactor.path) }
        let chrome = Layout.Chrome(lang: ctx.lang, signedIn: nil, csrf: s.session.csrfToken, path: SiteRoute.secondFactor.path)
        return Layout.response(AuthViews.secondFactor(chrome, message: message), status: message == nil ? .ok : .unauthorized)
    }

    func verifySecondFactor(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try pendingSignIn(ctx)
        guard let (totp, last) = try await store.users.secondFactor(userID: s.user.id) else {
            throw PageRedirect(SiteRoute.enrolSecondFactor.path)
        }
        // The lock-out that guards the password guards the code too: a few wrong codes lock the
        // account and end the half-open session, so six digits cannot be guessed at leisure.
        if let locked = try await store.users.lockedUntil(userID: s.user.id) {
            return try await endPendingSession(req, ctx, s, message: Self.lockedMessage(locked, ctx.lang))
        }
        let code = ctx.form?["code"] ?? ""
        guard let step = totp.verify(code, at: Date(), notAtOrBefore: last),
              try await store.users.useSecondFactorStep(userID: s.user.id, step: step) else {
            if try await store.users.recordFailure(userID: s.user.id), let locked = try await store.users.lockedUntil(userID: s.user.id) {
                return try await endPendingSession(req, ctx, s, message: Self.lockedMessage(locked, ctx.lang))
            }
            return try secondFactorPage(ctx, message: ctx.lang("Kode salah atau sudah dipakai.", "The code is wrong or was used already."))
        }
        try await store.users.recordSuccess(userID: s.user.id)
        return try await completeSignIn(req, ctx, s)
    }

    /// The session that passed the password becomes a new one: new secret, new CSRF token.
    func completeSignIn(_ req: Request, _ ctx: SimpulContext, _ s: SignedIn) async throws -> Response {
        guard let secret = try await store.sessions.promote(secret: s.sessionSecret, language: ctx.lang.code) else {
            throw PageRedirect(SiteRoute.login.path)
        }
        var response = Response.redirect(to: SiteRoute.home.path, type: .normal)
        response.setCookie(cookies.session(secret, request: req))
        return response
    }

    func endPendingSession(_ req: Request, _ ctx: SimpulContext, _ s: SignedIn, message: String) async throws -> Response {
        try await store.sessions.delete(secret: s.sessionSecret)
        var response = try await loginPage(req, ctx, username: s.user.username, message: message, status: .unauthorized)
        response.setCookie(cookies.clearSession(request: req))
        return response
    }

    func enrolPage(_ ctx: SimpulContext, secret: TOTP, message: String?) throws -> Response {
        let s = try pendingSignIn(ctx)
        // Replacing an active second factor needs that factor first.
        if s.user.hasSecondFactor && !s.session.secondFactorDone { throw PageRedirect(SiteRoute.secondFactor.path) }
        let chrome = Layout.Chrome(lang: ctx.lang, signedIn: s.isComplete ? s : nil, csrf: s.session.csrfToken, path: SiteRoute.enrolSecondFactor.path)
        return Layout.response(AuthViews.enrol(chrome, secret: secret.base32Secret, uri: secret.provisioningURI(account: s.user.username),
                                               message: message), status: message == nil ? .ok : .unprocessableContent)
    }

    func enrol(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try pendingSignIn(ctx)
        if s.user.hasSecondFactor && !s.session.secondFactorDone { throw PageRedirect(SiteRoute.secondFactor.path) }
        guard let totp = TOTP(base32: ctx.form?["secret"] ?? "") else { throw PageRedirect(SiteRoute.enrolSecondFactor.path) }
        guard let step = totp.verify(ctx.form?["code"] ?? "", at: Date()) else {
            return try enrolPage(ctx, secret: totp, message: ctx.lang("Kode tidak cocok; periksa jam ponsel dan coba lagi.",
                                                                      "The code does not match; check the phone's clock and try again."))
        }
        try await store.users.setSecondFactor(userID: s.user.id, totp: totp, acceptedStep: step)
        try await store.audit.record(AuditEvent(actorUserID: s.user.id, actorAgencyID: s.user.agencyID, action: "user.second_factor_enrolled"))
        return try await completeSignIn(req, ctx, s)
    }

    func logout(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        if let s = ctx.signedIn { try await store.sessions.delete(secret: s.sessionSecret) }
        var response = Response.redirect(to: SiteRoute.login.path, type: .normal)
        response.setCookie(cookies.clearSession(request: req))
        return response
    }
}
