import Cases
import Hummingbird
import Markup
import Monitoring
import Store

/// `/admin/pemantauan`: the administrator sets k, the least number of records a figure across
/// agencies may rest on. A change asks for the password or code again and is audited.
struct MonitoringSettingsController {
    let store: SimpulStore
    let reauth: Reauthentication

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.adminMonitoring.pattern) { _, ctx in try await page(ctx, errors: [], saved: false) }
        router.post(SiteRoute.adminMonitoring.pattern) { _, ctx in try await save(ctx) }
    }

    static let form = SingleSettingPage(
        title: ("Pemantauan: aturan pengungkapan", "Monitoring: disclosure rule"),
        path: SiteRoute.adminMonitoring.path,
        intro: ("Angka lintas instansi dan angka untuk analis menyembunyikan sel yang bertumpu pada kurang dari k catatan, dan membulatkan jumlah ke kelipatan 5. Instansi selalu melihat angka pasti catatannya sendiri. k tidak boleh kurang dari \(DisclosureRule.minimumThreshold).",
                "Figures across agencies and for analysts suppress cells resting on fewer than k records, and round counts to 5. An agency always sees its own records exactly. k may not be under \(DisclosureRule.minimumThreshold)."),
        field: "k", label: ("Ambang k", "Threshold k"),
        savedNotice: ("Ambang disimpan.", "Threshold saved."))

    /// `typed`: a refused value, shown again as it was typed.
    func page(_ ctx: SimpulContext, typed: String? = nil, errors: [FieldError], saved: Bool) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let value: String
        if let typed { value = typed } else { value = String(try await store.monitoringSettings.threshold()) }
        return Self.form.response(ctx, s, value: value, errors: errors, saved: saved)
    }

    func save(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        let typed = form.value("k") ?? ""
        guard let k = Int(typed), k >= DisclosureRule.minimumThreshold, k <= 1_000 else {
            return try await page(ctx, typed: typed, errors: [FieldError(field: "k", id: "k harus bilangan bulat \(DisclosureRule.minimumThreshold)–1000.",
                                                           en: "k must be a whole number from \(DisclosureRule.minimumThreshold) to 1000.")], saved: false)
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await page(ctx, typed: typed, errors: [wrong], saved: false) }
        try await store.monitoringSettings.setThreshold(k, by: s.viewer)
        return try await page(ctx, errors: [], saved: true)
    }
}
