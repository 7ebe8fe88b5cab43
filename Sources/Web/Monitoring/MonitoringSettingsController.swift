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

    static let form = SingleSettingPage(
        title: ("Pemantauan: aturan pengungkapan", "Monitoring: disclosure rule"),
        path: SiteRoute.adminMonitoring.path,
        intro: ("Angka lintas instansi dan angka untuk analis menyembunyikan sel yang bertumpu pada kurang dari k catatan, dan membulatkan jumlah ke kelipatan 5. Instansi selalu melihat angka pasti catatannya sendiri. k tidak boleh kurang dari \(DisclosureRule.minimumThreshold).",
                "Figures across agencies and for analysts suppress cells resting on fewer than k records, and round counts to 5. An agency always sees its own records exactly. k may not be under \(DisclosureRule.minimumThreshold)."),
        field: "k", label: ("Ambang k", "Threshold k"),
        savedNotice: ("Ambang disimpan.", "Threshold saved."))

    func register(_ router: Router<SimpulContext>) {
        let settings = store.monitoringSettings
        Self.form.register(router, reauth: reauth,
                           read: { _ in String(try await settings.threshold()) },
                           parse: { typed in
                               guard let k = Int(typed), k >= DisclosureRule.minimumThreshold, k <= 1_000 else {
                                   return .failure(ValidationFailure([FieldError(field: "k", id: "k harus bilangan bulat \(DisclosureRule.minimumThreshold)–1000.",
                                                                                 en: "k must be a whole number from \(DisclosureRule.minimumThreshold) to 1000.")]))
                               }
                               return .success(k)
                           },
                           write: { try await settings.setThreshold($0, by: $1) })
    }
}
