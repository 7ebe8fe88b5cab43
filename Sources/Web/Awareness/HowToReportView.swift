import Law
import Markup
import OfferCheck

/// `/tppo/cara-melapor`: where to report and whom to call. The numbers are the help lines kept
/// as data with the job-offer rules (each with the month it was last checked), so a changed
/// number is corrected in one place.
enum HowToReportView {
    static func page(rules: OfferRules, lang: Lang, url: String) -> HTML {
        func lines(_ codes: [String]) -> Node {
            .ul(.class("help-lines"), .forEach(codes.compactMap { c in rules.helpLines.first { $0.code == c } }) { HelpLineView.item($0, lang: lang) })
        }
        return AwarenessPage.page(.report, lang: lang, url: url, summary: lang(
            "Melaporkan perdagangan orang: daring tanpa nama, Polisi 110, SAPA 129, KP2MI 0-800-1000. Pelapor dilindungi.",
            "Reporting trafficking: online without your name, police 110, SAPA 129, KP2MI 0-800-1000. Reporters are protected."), [
            .h2(.plain(lang("Bila ada yang dalam bahaya sekarang", "If someone is in danger now"))),
            lines(["police", "emergency"]),
            .h2(.plain(lang("Laporkan daring, tanpa menyebut nama", "Report online, without your name"))),
            .p(.plain(lang("Laporan dibaca petugas Gugus Tugas dan diteruskan ke instansi yang berwenang. Anda mendapat kode tanda terima untuk membaca balasan; tidak ada cookie dan alamat internet Anda tidak disimpan.",
                          "Task-force officers read the report and pass it to the agency in charge. You get a receipt code to read replies; no cookie is set and your internet address is not kept.")),
               .a(.class("button"), .href(OfferStepViews.localised(SiteRoute.report.path, lang)), .plain(lang("Buka formulir laporan", "Open the report form")))),
            .h2(.plain(lang("Perempuan dan anak: SAPA 129", "Women and children: SAPA 129"))),
            .p(.plain(lang("Layanan KemenPPPA: pengaduan, penjangkauan korban, pengelolaan kasus, akses rumah aman, mediasi, dan pendampingan korban.",
                          "The women's and children's ministry's service: complaints, outreach to victims, case management, access to shelter, mediation and accompaniment."))),
            lines(["sapa", "sapa_whatsapp"]),
            .h2(.plain(lang("Pekerja migran dan keluarganya: KP2MI", "Migrant workers and their families: KP2MI"))),
            lines(["kp2mi_free", "kp2mi_abroad", "kp2mi_whatsapp", "kemnaker"]),
            .h2(.plain(lang("Di luar negeri: Kementerian Luar Negeri", "Abroad: the foreign ministry"))),
            .p(.plain(lang("Hubungi KBRI atau KJRI terdekat melalui portal Peduli WNI atau aplikasi Safe Travel Kemlu. Nomor telepon Kemlu tidak kami cantumkan karena belum terverifikasi dalam data kami.",
                          "Reach the nearest Indonesian embassy or consulate through the Peduli WNI portal or the foreign ministry's Safe Travel app. We list no foreign-ministry phone number: none is verified in our data."))),
            ProvisionView.node(.uu21P54a1, lang: lang),
            .h2(.plain(lang("Pelapor dilindungi", "Reporters are protected"))),
            .forEach([ProvisionID.uu21P60to63, .uu21P44]) { ProvisionView.node($0, lang: lang) },
            .p(.class("hint"), .plain(lang("Nomor-nomor di halaman ini disimpan sebagai data bertanggal; di samping setiap nomor tertulis kapan terakhir diperiksa.",
                                           "The numbers on this page are kept as dated data; beside each is when it was last checked."))),
        ])
    }
}
