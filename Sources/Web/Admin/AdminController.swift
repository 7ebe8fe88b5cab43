import Cases
import Foundation
import Hummingbird
import NIOPosix
import Security
import Store

/// The administrator's pages: agencies, users (with one-time set-up and reset links instead of
/// printed passwords), their API tokens, and the audit log. Every change is audited by the
/// store; the sensitive ones ask for the password or code again (`Reauthentication`).
struct AdminController {
    let store: SimpulStore
    let hasher: PasswordHasher
    var reauth: Reauthentication { Reauthentication(store: store, hasher: hasher) }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.admin.pattern) { _, ctx in
            let s = try ctx.requireAdministrator()
            return Layout.response(AdminViews.home(ctx.chrome(for: s, path: SiteRoute.admin.path)))
        }
        router.get(SiteRoute.adminAgencies.pattern) { _, ctx in try await agenciesPage(ctx, form: nil, errors: []) }
        router.post(SiteRoute.adminAgencies.pattern) { _, ctx in try await createAgency(ctx) }
        router.get(SiteRoute.adminAgency(SiteRoute.idParameter).pattern) { _, ctx in
            try await agencyPage(ctx, id: try ctx.parameters.require("id"), form: nil, errors: [])
        }
        router.post(SiteRoute.adminAgency(SiteRoute.idParameter).pattern) { _, ctx in try await updateAgency(ctx) }
        router.post(SiteRoute.adminAgencyStatus(SiteRoute.idParameter).pattern) { _, ctx in try await agencyStatus(ctx) }
        router.get(SiteRoute.adminUsers.pattern) { _, ctx in try await usersPage(ctx, form: nil, errors: []) }
        router.post(SiteRoute.adminUsers.pattern) { req, ctx in try await createUser(req, ctx) }
        router.get(SiteRoute.adminUser(SiteRoute.idParameter).pattern) { _, ctx in
            try await userPage(ctx, id: try ctx.parameters.require("id"), errors: [])
        }
        router.post(SiteRoute.adminUserUpdate(SiteRoute.idParameter).pattern) { _, ctx in try await updateUser(ctx) }
        router.post(SiteRoute.adminUserStatus(SiteRoute.idParameter).pattern) { _, ctx in try await userStatus(ctx) }
        router.post(SiteRoute.adminUserLink(SiteRoute.idParameter).pattern) { req, ctx in try await userLink(req, ctx) }
        router.post(SiteRoute.adminUserToken(SiteRoute.idParameter).pattern) { _, ctx in try await revokeToken(ctx) }
        AuditLogController(store: store).register(router)
    }

    // MARK: agencies

    func agenciesPage(_ ctx: SimpulContext, form: FormData?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let html = AdminViews.agencies(ctx.chrome(for: s, path: SiteRoute.adminAgencies.path), agencies: try await store.agencies.all(),
                                       users: try await store.users.all(), form: form, errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func createAgency(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        var errors = AgencyForm.errors(form)
        let code = (form.value("code") ?? "").uppercased()
        if errors.isEmpty, try await store.agencies.find(code: code) != nil {
            errors.append(FieldError(field: "code", id: "Kode \(code) sudah dipakai instansi lain.", en: "The code \(code) is taken."))
        }
        guard errors.isEmpty, let agency = AgencyForm.agency(form, id: "ag-" + UUID().uuidString.prefix(8).lowercased(), code: code) else {
            return try await agenciesPage(ctx, form: form, errors: errors)
        }
        try await store.agencies.create(agency)
        try await store.audit.record(AuditEvent(actorUserID: s.user.id, actorAgencyID: s.user.agencyID, action: "agency.created",
                                                detail: "\(agency.code) kind=\(agency.kind.rawValue)"))
        return Response.redirect(to: SiteRoute.adminAgencies.path, type: .normal)
    }

    func agencyPage(_ ctx: SimpulContext, id: String, form: FormData?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireAdministrator()
        guard let agency = try await store.agencies.find(id: id) else { throw StoreError.notFound("agency \(id)") }
        let members = try await store.users.all().filter { $0.agencyID == id }
        let html = AdminViews.agency(ctx.chrome(for: s, path: SiteRoute.adminAgency(id).path), agency: agency, members: members,
                                     form: form, errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func updateAgency(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let id = try ctx.parameters.require("id")
        guard let current = try await store.agencies.find(id: id) else { throw StoreError.notFound("agency \(id)") }
        let form = ctx.form ?? FormData("")
        let errors = AgencyForm.errors(form, codeFixed: true)
        guard errors.isEmpty, let agency = AgencyForm.agency(form, id: id, code: current.code, active: current.active) else {
            return try await agencyPage(ctx, id: id, form: form, errors: errors)
        }
        try await store.agencies.update(agency, by: s.viewer)
        return Response.redirect(to: SiteRoute.adminAgency(id).path, type: .normal)
    }

    func agencyStatus(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await agencyPage(ctx, id: id, form: nil, errors: [wrong]) }
        do {
            try await store.agencies.setActive(id, form.value("active") == "1", by: s.viewer)
        } catch let failure as ValidationFailure {
            return try await agencyPage(ctx, id: id, form: nil, errors: failure.errors)
        }
        return Response.redirect(to: SiteRoute.adminAgency(id).path, type: .normal)
    }

    // MARK: users

    func usersPage(_ ctx: SimpulContext, form: FormData?, errors: [FieldError], created: (UserAccount, String)? = nil,
                   request: Request? = nil) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let html = AdminViews.users(ctx.chrome(for: s, path: SiteRoute.adminUsers.path), users: try await store.users.all(),
                                    agencies: try await store.agencies.all(), form: form, errors: errors,
                                    created: created.map { ($0.0, Self.linkURL($0.1, request)) })
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func createUser(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        let agencies = try await store.agencies.all()
        var errors = UserForm.errors(form, agencies: agencies)
        if errors.isEmpty, let u = form.value("username"), try await store.users.find(username: u) != nil {
            errors.append(FieldError(field: "username", id: "Nama pengguna itu sudah dipakai.", en: "That username is taken."))
        }
        if errors.isEmpty, let wrong = try await reauth.check(s, form, lang: ctx.lang) { errors.append(wrong) }
        guard errors.isEmpty, let role = form.value("role").flatMap(Role.init(rawValue:)), let agencyID = form.value("agencyID"),
              let username = form.value("username"), let displayName = form.value("displayName") else {
            return try await usersPage(ctx, form: form, errors: errors)
        }
        // No password is chosen here: the account opens with a one-time link the person uses
        // to choose one. Until then the stored hash is of a secret nobody knows.
        let hasher = self.hasher
        let unusable = try await NIOThreadPool.singleton.runIfActive { hasher.hash(Secrets.token()) }
        let user = try await store.users.create(username: username, displayName: displayName, agencyID: agencyID, role: role,
                                                email: form.value("email"), passwordHash: unusable)
        try await store.audit.record(AuditEvent(actorUserID: s.user.id, actorAgencyID: s.user.agencyID, action: "user.created",
                                                detail: "user=\(user.id) role=\(role.rawValue) agency=\(agencyID)"))
        let link = try await store.accountLinks.create(userID: user.id, purpose: .setup, by: s.viewer)
        return try await usersPage(ctx, form: nil, errors: [], created: (user, link), request: req)
    }

    func userPage(_ ctx: SimpulContext, id: String, errors: [FieldError], link: (AccountLinks.Purpose, String)? = nil,
                  request: Request? = nil) async throws -> Response {
        let s = try ctx.requireAdministrator()
        guard let user = try await store.users.find(id: id) else { throw StoreError.notFound("user \(id)") }
        let html = AdminViews.user(ctx.chrome(for: s, path: SiteRoute.adminUser(id).path), user: user, agencies: try await store.agencies.all(),
                                   tokens: try await store.tokens.apiTokens(userID: id), errors: errors,
                                   link: link.map { ($0.0, Self.linkURL($0.1, request)) }, isSelf: user.id == s.user.id)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func updateUser(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        guard let role = form.value("role").flatMap(Role.init(rawValue:)) else {
            return try await userPage(ctx, id: id, errors: [FieldError(field: "role", id: "Pilih peran.", en: "Choose a role.")])
        }
        if id == s.user.id, role != .administrator {
            return try await userPage(ctx, id: id, errors: [FieldError(field: "role", id: "Anda tidak dapat mencabut peran administrator Anda sendiri.",
                                                                       en: "You cannot take away your own administrator role.")])
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await userPage(ctx, id: id, errors: [wrong]) }
        do {
            try await store.users.update(userID: id, role: role, agencyID: form.value("agencyID") ?? "", by: s.viewer)
        } catch let failure as ValidationFailure {
            return try await userPage(ctx, id: id, errors: failure.errors)
        }
        return Response.redirect(to: SiteRoute.adminUser(id).path, type: .normal)
    }

    func userStatus(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        let disable = form.value("disabled") == "1"
        if disable, id == s.user.id {
            return try await userPage(ctx, id: id, errors: [FieldError(field: "disabled", id: "Anda tidak dapat menonaktifkan akun Anda sendiri.",
                                                                       en: "You cannot disable your own account.")])
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await userPage(ctx, id: id, errors: [wrong]) }
        try await store.users.setDisabled(userID: id, disable, by: s.viewer)
        return Response.redirect(to: SiteRoute.adminUser(id).path, type: .normal)
    }

    func userLink(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        guard let purpose = form.value("purpose").flatMap(AccountLinks.Purpose.init(rawValue:)) else {
            return try await userPage(ctx, id: id, errors: [FieldError(field: "purpose", id: "Pilih jenis tautan.", en: "Choose the kind of link.")])
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await userPage(ctx, id: id, errors: [wrong]) }
        guard try await store.users.find(id: id) != nil else { throw StoreError.notFound("user \(id)") }
        let link = try await store.accountLinks.create(userID: id, purpose: purpose, by: s.viewer)
        return try await userPage(ctx, id: id, errors: [], link: (purpose, link), request: req)
    }

    func revokeToken(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await userPage(ctx, id: id, errors: [wrong]) }
        let name = form.value("name") ?? ""
        let n = try await store.tokens.revokeAPITokens(userID: id, name: name)
        try await store.audit.record(AuditEvent(actorUserID: s.user.id, actorAgencyID: s.user.agencyID, action: "admin.token_revoked",
                                                detail: "user=\(id) revoked=\(n)"))
        return Response.redirect(to: SiteRoute.adminUser(id).path, type: .normal)
    }

    /// The link as the person will open it: this server's own address when the request names it.
    static func linkURL(_ token: String, _ req: Request?) -> String {
        SiteRoute.absolute(SiteRoute.accountLink.path + "?token=" + token, req)
    }
}
