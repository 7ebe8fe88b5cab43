import Markup
import Monitoring

/// `/praktik`: where practice departs from the statute, per court and per province — verdicts
/// recorded in Simpul beside the published decisions Simpul holds.
enum PracticeGapView {
    static func page(_ p: PracticeGapPage, chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Praktik pengadilan dan undang-undang", "Court practice and the statute"), chrome, bodyClass: "practice-gap", [
            .p(.plain(lang(
                "Berapa putusan memakai UU 21/2007 atau KUHP Pasal 455, berapa memakai undang-undang lain, berapa menjatuhkan pidana di bawah minimum pasal yang dipakai, dan berapa bebas. Minimum diambil dari tabel ketentuan Simpul; pasal di luar tabel itu dihitung \"minimum tidak diketahui\".",
                "How many verdicts used UU 21/2007 or KUHP Pasal 455, how many other laws, how many imposed a term below the minimum of the article used, and how many acquitted. Minimums come from Simpul's table of provisions; articles outside it count as \"minimum not known\"."))),
            .section(
                .h2(.plain(lang("Putusan yang dicatat di Simpul", "Verdicts recorded in Simpul"))),
                p.anyRecorded ? .group([
                    MonitoringTableView.ruleNote(p.rule, lang: lang),
                    .div(.class("table-scroll"), MonitoringTableView.table(p.recordedByCourt, caption: lang("Per pengadilan", "By court"), rowHeader: lang("Pengadilan", "Court"), lang: lang)),
                    .div(.class("table-scroll"), MonitoringTableView.table(p.recordedByProvince, caption: lang("Per provinsi", "By province"), rowHeader: lang("Provinsi", "Province"), lang: lang)),
                ]) : .p(.plain(lang("Belum ada putusan yang dicatat di jalur peradilan Simpul.", "No verdict has been recorded in Simpul's justice tracks yet.")))),
            .section(
                .h2(.plain(lang("Putusan terbitan yang dimuat Simpul", "Published decisions Simpul holds"))),
                p.bundled.readable ? .group([
                    .p(.class("note"), .plain(lang(
                        "Putusan terbuka dari sumber yang disebut tiap putusan; angka pasti. \"Penapisan menemukan TPPO\" di sini berarti mesin hukum Simpul membaca fakta putusan itu sebagai TPPO.",
                        "Public decisions from the source each names; exact figures. Here \"screening found trafficking\" means Simpul's law engine reads the decision's facts as trafficking."))),
                    .div(.class("table-scroll"), MonitoringTableView.table(p.bundled.byCourt, caption: lang("Per pengadilan", "By court"), rowHeader: lang("Pengadilan", "Court"), lang: lang)),
                    .div(.class("table-scroll"), MonitoringTableView.table(p.bundled.byProvince, caption: lang("Per provinsi", "By province"), rowHeader: lang("Provinsi", "Province"), lang: lang)),
                ]) : .p(.class("note"), .plain(lang("Kumpulan putusan tidak dapat dibaca.", "The set of decisions could not be read.")))),
        ])
    }
}
