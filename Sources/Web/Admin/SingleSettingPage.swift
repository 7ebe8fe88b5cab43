import Cases
import Hummingbird
import Markup

/// The page of an administrator's setting that is one value (the monitoring threshold k, the
/// network community resolution): what it does, the field, the password or code asked again,
/// and the notice once saved. A refused value comes back as typed, beside its error.
struct SingleSettingPage {
    let title: (id: String, en: String)
    let path: String
    let intro: (id: String, en: String)
    let field: String
    let label: (id: String, en: String)
    var hint: (id: String, en: String)?
    let savedNotice: (id: String, en: String)

    /// Serves the page at `path`: GET shows `read(lang)`, the value as the reader writes it;
    /// POST parses the typed value (a refusal comes back beside the value as typed), asks for the
    /// password or code again, then `write`s it (the store audits the change).
    func register<Value: Sendable>(_ router: Router<SimpulContext>, reauth: Reauthentication,
                                   read: @escaping @Sendable (Lang) async throws -> String,
                                   parse: @escaping @Sendable (String) -> Result<Value, ValidationFailure>,
                                   write: @escaping @Sendable (Value, Viewer) async throws -> Void) {
        let page = self
        router.get(RouterPath(path)) { _, ctx in
            let s = try ctx.requireAdministrator()
            return page.response(ctx, s, value: try await read(ctx.lang), errors: [], saved: false)
        }
        router.post(RouterPath(path)) { _, ctx in
            let s = try ctx.requireAdministrator()
            let form = ctx.form ?? FormData("")
            let typed = form.value(page.field) ?? ""
            let value: Value
            switch parse(typed) {
            case .failure(let refusal): return page.response(ctx, s, value: typed, errors: refusal.errors, saved: false)
            case .success(let parsed): value = parsed
            }
            if let wrong = try await reauth.check(s, form, lang: ctx.lang) {
                return page.response(ctx, s, value: typed, errors: [wrong], saved: false)
            }
            try await write(value, s.viewer)
            return page.response(ctx, s, value: try await read(ctx.lang), errors: [], saved: true)
        }
    }

    func response(_ ctx: SimpulContext, _ s: SignedIn, value: String, errors: [FieldError], saved: Bool) -> Response {
        let lang = ctx.lang
        let html = Layout.page(lang(title.id, title.en), ctx.chrome(for: s, path: path),
            FormViews.errorSummary(errors, lang: lang),
            .if(saved, .p(.class("notice"), .plain(lang(savedNotice.id, savedNotice.en)))),
            .p(.plain(lang(intro.id, intro.en))),
            .form(.method(.post), .action(path),
                  Layout.csrfField(ctx.chrome(for: s, path: "").csrf),
                  FormViews.textField(field, label: lang(label.id, label.en), value: value, errors: errors, lang: lang,
                                      hint: hint.map { lang($0.id, $0.en) }, required: true),
                  AdminViews.confirmField(errors, lang: lang, suffix: field),
                  .button(.type(.submit), .plain(lang("Simpan", "Save")))))
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
