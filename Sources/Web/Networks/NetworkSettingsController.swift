import Cases
import Hummingbird
import Markup
import Store

/// `/admin/jaringan`: the administrator sets the resolution of the communities the network
/// pages find. A change asks for the password or code again and is audited.
struct NetworkSettingsController {
    let store: SimpulStore
    let reauth: Reauthentication

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.adminNetworks.pattern) { _, ctx in try await page(ctx, typed: nil, errors: [], saved: false) }
        router.post(SiteRoute.adminNetworks.pattern) { _, ctx in try await save(ctx) }
    }

    func page(_ ctx: SimpulContext, typed: String?, errors: [FieldError], saved: Bool) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let resolution = try await store.networkSettings.resolution()
        let lang = ctx.lang
        let html = Layout.page(lang("Jaringan pelaku: resolusi komunitas", "Perpetrator networks: community resolution"),
            ctx.chrome(for: s, path: SiteRoute.adminNetworks.path),
            FormViews.errorSummary(errors, lang: lang),
            .if(saved, .p(.class("notice"), .plain(lang("Resolusi disimpan.", "Resolution saved.")))),
            .p(.plain(lang("Halaman jaringan membagi jaringan kasus menjadi komunitas (Leiden). Resolusi yang lebih tinggi memberi komunitas yang lebih banyak dan lebih kecil; 1 adalah modularitas biasa. Analis tetap dapat mencoba resolusi lain pada satu halaman.",
                           "Network pages divide a network of cases into communities (Leiden). A higher resolution gives more, smaller communities; 1 is plain modularity. Analysts can still try another resolution on one page."))),
            .form(.method(.post), .action(SiteRoute.adminNetworks.path),
                  Layout.csrfField(ctx.chrome(for: s, path: "").csrf),
                  FormViews.textField("resolution", label: lang("Resolusi komunitas", "Community resolution"), value: typed ?? String(resolution),
                                      errors: errors, lang: lang, hint: lang("Angka antara 0,01 dan 10", "A number between 0.01 and 10"), required: true),
                  AdminViews.confirmField(errors, lang: lang, suffix: "resolution"),
                  .button(.type(.submit), .plain(lang("Simpan", "Save")))))
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func save(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        let typed = form.value("resolution") ?? ""
        guard let resolution = NetworkSettings.parse(typed) else {
            return try await page(ctx, typed: typed, errors: NetworkSettings.outOfRange(typed).errors, saved: false)
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await page(ctx, typed: typed, errors: [wrong], saved: false) }
        try await store.networkSettings.setResolution(resolution, by: s.viewer)
        return try await page(ctx, typed: nil, errors: [], saved: true)
    }
}
