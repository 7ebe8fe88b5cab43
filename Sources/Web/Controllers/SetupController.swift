import Cases
import Foundation
import Hummingbird
import NIOPosix
import Security
import Store

extension AuthController {
    /// The first administrator's page: reachable only with the one-time token printed at start-up,
    /// and only while the store has no users.
    func setupPage(_ req: Request, _ ctx: SimpulContext, token: String, form: FormData?, errors: [FieldError],
                   status: HTTPResponse.Status = .ok) async throws -> Response {
        guard try await store.needsSetup() else { throw PageRedirect(SiteRoute.login.path) }
        return anonymousPage(req, ctx, status: status) { AuthViews.setup($0, token: token, form: form, errors: errors) }
    }

    func setup(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = ctx.form ?? FormData("")
        guard try await store.needsSetup() else { throw PageRedirect(SiteRoute.login.path) }
        var v = Validator()
        let username = v.required(form["username"], "username", label: ("Nama pengguna", "Username"))
        if let u = username, !u.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }) || u.count > 60 {
            v.fail("username", id: "Nama pengguna hanya huruf, angka, titik, garis (maks. 60)", en: "Username: letters, digits, dot, dash only (max 60)")
        }
        let displayName = v.required(form["displayName"], "displayName", label: ("Nama tampilan", "Display name"))
        let password = form["password"] ?? ""
        if let problem = PasswordHasher.problem(with: password) { v.fail("password", id: problem.id, en: problem.en) }
        if !v.errors.isEmpty {
            return try await setupPage(req, ctx, token: form["token"] ?? "", form: form, errors: v.errors, status: .unprocessableContent)
        }
        let hasher = self.hasher
        let hash = try await NIOThreadPool.singleton.runIfActive { hasher.hash(password) }
        let token = form["token"] ?? ""
        let store = self.store
        let created: UserAccount? = try await store.db.transaction { tx in
            guard try await TokenRepository.consumeSetupToken(token, in: tx) else { return nil }
            let agency = try await Bootstrap.taskForceAgency(in: tx)
            let user = try await store.users.create(username: username!, displayName: displayName!, agencyID: agency.id,
                                                    role: .administrator, email: nil, passwordHash: hash, in: tx)
            try await store.audit.append(AuditEvent(actorUserID: user.id, actorAgencyID: agency.id, action: "setup.first_administrator"), in: tx)
            return user
        }
        guard let user = created else {
            let error = FieldError(field: "token", id: "Tautan penyiapan tidak sah, sudah dipakai, atau kedaluwarsa. Jalankan ulang server untuk tautan baru.",
                                   en: "The set-up link is invalid, used or expired. Restart the server for a new link.")
            return try await setupPage(req, ctx, token: "", form: form, errors: [error], status: .forbidden)
        }
        let secret = try await store.sessions.create(userID: user.id, secondFactorDone: false, pending: true, language: ctx.lang.code)
        var response = Response.redirect(to: SiteRoute.enrolSecondFactor.path, type: .normal)
        response.setCookie(cookies.session(secret, request: req))
        return response
    }
}
