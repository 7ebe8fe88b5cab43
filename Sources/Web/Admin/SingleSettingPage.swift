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
