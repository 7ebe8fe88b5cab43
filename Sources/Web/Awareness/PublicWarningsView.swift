import Markup
import OfferCheck

/// `/tppo/peringatan`: the warnings the task force has published about recruiters, each dated,
/// with its legal basis and who approved it. Only these, and a licence's status, are ever shown
/// to the public about a recruiter.
enum PublicWarningsView {
    static func page(_ warnings: [PublishedWarning], lang: Lang, url: String) -> HTML {
        AwarenessPage.page(.warnings, lang: lang, url: url, summary: lang(
            "Peringatan resmi Gugus Tugas PP-TPPO tentang perekrut: nama, nomor, dan rekening yang harus diwaspadai.",
            "The anti-trafficking task force's published warnings about recruiters: names, numbers and accounts to beware of."), [
            .p(.class("lead"), .plain(lang(
                "Gugus Tugas mengumumkan peringatan ini setelah disetujui administratornya. Setiap peringatan bertanggal dan menyebut dasar hukumnya. Pemeriksa tawaran kerja mencocokkan nama, nomor SIP3MI, dan nomor telepon dengan daftar ini.",
                "The task force publishes these warnings once its administrator has approved them. Each is dated and names its legal basis. The job-offer checker matches names, SIP3MI numbers and phone numbers against this list."))),
            warnings.isEmpty ? .p(.plain(lang("Belum ada peringatan yang diumumkan.", "No warning has been published yet.")))
                : .forEach(warnings) { WarningMatchView.warning($0, lang: lang) },
            .p(.plain(lang("Tidak ada di daftar ini tidak berarti aman: ", "Not on this list does not mean safe: ")),
               .a(.href(OfferStepViews.localised(SiteRoute.offerCheck.path, lang)), .plain(lang("periksa tawarannya", "check the offer")))),
        ])
    }
}
