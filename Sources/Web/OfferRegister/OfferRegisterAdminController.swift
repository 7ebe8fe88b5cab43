import Cases
import Foundation
import Hummingbird
import OfferCheck
import Store

/// The administrator's side of what the public checker consults: `/admin/p3mi`, where the
/// register of licensed agencies is replaced by uploading the ministry's list as CSV (good rows
/// loaded, bad rows reported by line and reason, every import kept in the history), and
/// `/admin/peringatan`, where warnings are published and withdrawn. Each change asks for the
/// password or code again and is audited with it.
struct OfferRegisterAdminController {
    let store: SimpulStore
    let reauth: Reauthentication

    /// Twice the size of a 10,000-agency list with long branch lists.
    static let csvLimit = 4 * 1024 * 1024

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.adminAgencyRegister.pattern) { _, ctx in try await registerPage(ctx, errors: [], imported: nil) }
        router.post(SiteRoute.adminAgencyRegister.pattern) { _, ctx in try await upload(ctx) }
        router.get(SiteRoute.adminWarnings.pattern) { _, ctx in try await warningsPage(ctx, form: nil, errors: []) }
        router.post(SiteRoute.adminWarnings.pattern) { _, ctx in try await publish(ctx) }
        router.post(SiteRoute.adminWarningWithdraw(SiteRoute.idParameter).pattern) { _, ctx in try await withdraw(ctx) }
    }

    // MARK: the register of licensed agencies

    func registerPage(_ ctx: SimpulContext, errors: [FieldError], imported: AgencyImportRecord?) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let html = AgencyRegisterView.page(ctx.chrome(for: s, path: SiteRoute.adminAgencyRegister.path),
                                           count: try await store.licensedAgencies.count(),
                                           history: try await store.licensedAgencies.imports(), imported: imported, errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func upload(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        guard let file = ctx.uploads.first(where: { $0.field == "file" }), !file.bytes.isEmpty else {
            return try await registerPage(ctx, errors: [FieldError(field: "file", id: "Pilih berkas CSV daftar P3MI.", en: "Choose the CSV file of the P3MI register.")],
                                          imported: nil)
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await registerPage(ctx, errors: [wrong], imported: nil) }
        guard file.bytes.count <= Self.csvLimit else {
            return try await registerPage(ctx, errors: [FieldError(field: "file", id: "Berkas lebih dari 4 MB.", en: "The file is over 4 MB.")], imported: nil)
        }
        let parsed: AgencyImport
        do { parsed = try AgencyCSV.read(String(decoding: file.bytes, as: UTF8.self)) } catch {
            // The header makes the file unreadable: nothing is replaced.
            return try await registerPage(ctx, errors: [FieldError(field: "file", id: error.message.id, en: error.message.en)], imported: nil)
        }
        let record = try await store.licensedAgencies.replace(with: parsed, fileName: file.filename, by: s.viewer)
        return try await registerPage(ctx, errors: [], imported: record)
    }

    // MARK: published warnings

    func warningsPage(_ ctx: SimpulContext, form: FormData?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let html = WarningsAdminView.page(ctx.chrome(for: s, path: SiteRoute.adminWarnings.path),
                                          warnings: try await store.publishedWarnings.current(), form: form, errors: errors,
                                          today: CalendarDay(Date()))
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func publish(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        var errors: [FieldError] = []
        let today = CalendarDay(Date())
        let day = form.value("published_on").map { CalendarDay(iso: $0) } ?? today
        if day == nil || day! > today {
            errors.append(FieldError(field: "published_on", id: "Tanggal diumumkan harus tanggal yang sah, paling lambat hari ini (YYYY-MM-DD).",
                                     en: "The publication date must be a valid day, today at the latest (YYYY-MM-DD)."))
        }
        var v = Validator()
        for (field, max) in [("name", 200), ("licence_number", 60), ("phone", 40), ("account", 100), ("legal_basis", 2000)] {
            v.maxLength(form.value(field), max, field, label: (WarningsAdminView.label(field).id, WarningsAdminView.label(field).en))
        }
        errors += v.errors
        let draft = PublishedWarning(id: "", name: form.value("name"), licenceNumber: form.value("licence_number"), phone: form.value("phone"),
                                     account: form.value("account"), legalBasis: form.value("legal_basis") ?? "", publishedOn: day ?? today,
                                     approvedBy: s.user.displayName)
        errors += draft.problems.map { FieldError(field: $0.field, id: $0.message.id, en: $0.message.en) }
        if errors.isEmpty, let wrong = try await reauth.check(s, form, lang: ctx.lang) { errors.append(wrong) }
        guard errors.isEmpty else { return try await warningsPage(ctx, form: form, errors: errors) }
        try await store.publishedWarnings.publish(draft, by: s.viewer)
        return Response.redirect(to: SiteRoute.adminWarnings.path, type: .normal)
    }

    func withdraw(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        let id = try ctx.parameters.require("id")
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) {
            // Each warning has its own form: the message goes beside that form's field.
            return try await warningsPage(ctx, form: nil, errors: [FieldError(field: WarningsAdminView.confirmField(id), id: wrong.id, en: wrong.en)])
        }
        try await store.publishedWarnings.withdraw(id: id, by: s.viewer)
        return Response.redirect(to: SiteRoute.adminWarnings.path, type: .normal)
    }
}
