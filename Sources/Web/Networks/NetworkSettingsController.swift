import Cases
import Hummingbird
import Markup
import Store

/// `/admin/jaringan`: the administrator sets the resolution of the communities the network
/// pages find. A change asks for the password or code again and is audited.
struct NetworkSettingsController {
    let store: SimpulStore
    let reauth: Reauthentication

    static let form = SingleSettingPage(
        title: ("Jaringan pelaku: resolusi komunitas", "Perpetrator networks: community resolution"),
        path: SiteRoute.adminNetworks.path,
        intro: ("Halaman jaringan membagi jaringan kasus menjadi komunitas (Leiden). Resolusi yang lebih tinggi memberi komunitas yang lebih banyak dan lebih kecil; 1 adalah modularitas biasa. Analis tetap dapat mencoba resolusi lain pada satu halaman.",
                "Network pages divide a network of cases into communities (Leiden). A higher resolution gives more, smaller communities; 1 is plain modularity. Analysts can still try another resolution on one page."),
        field: "resolution", label: ("Resolusi komunitas", "Community resolution"),
        hint: ("Angka antara 0,01 dan 10", "A number between 0.01 and 10"),
        savedNotice: ("Resolusi disimpan.", "Resolution saved."))

    func register(_ router: Router<SimpulContext>) {
        let settings = store.networkSettings
        Self.form.register(router, reauth: reauth,
                           read: { lang in lang.decimal(try await settings.resolution()) },
                           parse: { typed in NetworkSettings.parse(typed).map { .success($0) } ?? .failure(NetworkSettings.outOfRange(typed)) },
                           write: { try await settings.setResolution($0, by: $1) })
    }
}
