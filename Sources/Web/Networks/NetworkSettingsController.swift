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

    static let form = SingleSettingPage(
        title: ("Jaringan pelaku: resolusi komunitas", "Perpetrator networks: community resolution"),
        path: SiteRoute.adminNetworks.path,
        intro: ("Halaman jaringan membagi jaringan kasus menjadi komunitas (Leiden). Resolusi yang lebih tinggi memberi komunitas yang lebih banyak dan lebih kecil; 1 adalah modularitas biasa. Analis tetap dapat mencoba resolusi lain pada satu halaman.",
                "Network pages divide a network of cases into communities (Leiden). A higher resolution gives more, smaller communities; 1 is plain modularity. Analysts can still try another resolution on one page."),
        field: "resolution", label: ("Resolusi komunitas", "Community resolution"),
        hint: ("Angka antara 0,01 dan 10", "A number between 0.01 and 10"),
        savedNotice: ("Resolusi disimpan.", "Resolution saved."))

    func page(_ ctx: SimpulContext, typed: String?, errors: [FieldError], saved: Bool) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let value: String
        if let typed { value = typed } else { value = String(try await store.networkSettings.resolution()) }
        return Self.form.response(ctx, s, value: value, errors: errors, saved: saved)
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
