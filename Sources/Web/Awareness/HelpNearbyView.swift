import Cases
import Markup

/// `/tppo/bantuan`: the agencies of the task force by province, from Simpul's own agency table,
/// with a choice of province that works without JavaScript (a GET form).
enum HelpNearbyView {
    static func page(_ d: HelpDirectory, lang: Lang, url: String) -> HTML {
        AwarenessPage.page(.help, lang: lang, url: url, summary: lang(
            "Instansi anggota Gugus Tugas PP-TPPO di setiap provinsi: polisi, perlindungan perempuan dan anak, dinas sosial, perlindungan pekerja migran.",
            "The task force's member agencies in every province: police, women and child protection, social affairs, migrant-worker protection."),
            path: SiteRoute.helpNearby(province: d.chosen?.code).path, [
            .p(.class("lead"), .plain(lang(
                "Korban dan keluarganya dapat datang ke instansi ini. Di kantor polisi ada ruang pelayanan khusus untuk korban (UU 21/2007 Pasal 45), dan di kabupaten/kota ada pusat pelayanan terpadu (Pasal 46).",
                "Victims and their families can go to these agencies. Police offices have a special service room for victims (UU 21/2007 Pasal 45), and each kabupaten/kota has an integrated service centre (Pasal 46)."))),
            .form(.method(.get), .action(SiteRoute.helpNearby().path), .class("search"),
                  FormViews.select("provinsi", label: lang("Provinsi", "Province"), options: Province.all.map { ($0.code, $0.name) },
                                   selected: d.chosen?.code, errors: [], lang: lang, markOptional: false),
                  ReportStepViews.languageField(lang),
                  .button(.type(.submit), .plain(lang("Tampilkan", "Show")))),
            .forEach(d.provinces) { p in
                .section(.h2(.plain(p.province.name)), list(p.agencies, lang: lang))
            },
            .if(d.provinces.isEmpty, .p(.plain(d.chosen == nil
                ? lang("Belum ada instansi provinsi yang terdaftar.", "No provincial agency is registered yet.")
                : lang("Belum ada instansi yang terdaftar di provinsi ini; hubungi instansi nasional di bawah.",
                       "No agency is registered in this province yet; contact the national agencies below.")))),
            .h2(.plain(lang("Instansi nasional", "National agencies"))),
            list(d.national, lang: lang),
            .p(.class("hint"), .plain(lang("Daftar ini dari tabel instansi Simpul, yang diubah administrator Gugus Tugas.",
                                           "This list is Simpul's own table of agencies, kept by the task force's administrator."))),
        ])
    }

    private static func list(_ agencies: [Agency], lang: Lang) -> Node {
        agencies.isEmpty ? .p(.plain(lang("Tidak ada.", "None.")))
            : .ul(.class("agencies"), .forEach(agencies) { a in .li(.strong(.plain(a.name)), .plain(" — " + lang(a.kind.label))) })
    }
}
