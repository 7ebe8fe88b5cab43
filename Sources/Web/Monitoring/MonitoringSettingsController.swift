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

    func page(_ ctx: SimpulContext, errors: [FieldError], saved: Bool) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let k = try await store.monitoringSettings.threshold()
        let lang = ctx.lang
        let html = Layout.page(lang("Pemantauan: aturan pengungkapan", "Monitoring: disclosure rule"), ctx.chrome(for: s, path: SiteRoute.adminMonitoring.path),
            FormViews.errorSummary(errors, lang: lang),
            .if(saved, .p(.class("notice"), .plain(lang("Ambang disimpan.", "Threshold saved.")))),
            .p(.plain(lang("Angka lintas instansi dan angka untuk analis menyembunyikan sel yang bertumpu pada kurang dari k catatan, dan membulatkan jumlah ke kelipatan 5. Instansi selalu melihat angka pasti catatannya sendiri. k tidak boleh kurang dari \(DisclosureRule.minimumThreshold).",
                           "Figures across agencies and for analysts suppress cells resting on fewer than k records, and round counts to 5. An agency always sees its own records exactly. k may not be under \(DisclosureRule.minimumThreshold)."))),
            .form(.method(.post), .action(SiteRoute.adminMonitoring.path),
                  Layout.csrfField(ctx.chrome(for: s, path: "").csrf),
                  FormViews.textField("k", label: lang("Ambang k", "Threshold k"), value: String(k), errors: errors, lang: lang, required: true),
                  AdminViews.confirmField(errors, lang: lang, suffix: "k"),
                  .button(.type(.submit), .plain(lang("Simpan", "Save")))))
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func save(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ctx.form ?? FormData("")
        guard let k = Int(form.value("k") ?? ""), k >= DisclosureRule.minimumThreshold, k <= 1_000 else {
            return try await page(ctx, errors: [FieldError(field: "k", id: "k harus bilangan bulat \(DisclosureRule.minimumThreshold)–1000.",
                                                           en: "k must be a whole number from \(DisclosureRule.minimumThreshold) to 1000.")], saved: false)
        }
        if let wrong = try await reauth.check(s, form, lang: ctx.lang) { return try await page(ctx, errors: [wrong], saved: false) }
        try await store.monitoringSettings.setThreshold(k, by: s.viewer)
        return try await page(ctx, errors: [], saved: true)
    }
}
