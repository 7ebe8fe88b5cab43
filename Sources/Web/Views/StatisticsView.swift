import Cases
import Markup
import Store

enum StatisticsView {
    static func render(_ chrome: Layout.Chrome, stats: CaseStatistics) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Statistik kasus", "Case statistics"), chrome,
            .p(.plain(lang("Jumlah kasus terdaftar: \(stats.total). Angka ini tidak memuat identitas siapa pun.",
                          "Registered cases: \(stats.total). These figures identify no one."))),
            table(lang("Menurut tahun laporan", "By year reported"), lang("Tahun", "Year"),
                  stats.byYear.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, lang: lang),
            table(lang("Menurut tahap", "By stage"), lang("Tahap", "Stage"),
                  CaseStatus.allCases.map { (lang($0.label), stats.byStatus[$0.rawValue] ?? 0) }, lang: lang),
            table(lang("Menurut provinsi", "By province"), lang("Provinsi", "Province"),
                  stats.byProvince.sorted { $0.value > $1.value }.map { (Province.named(code: $0.key)?.name ?? $0.key, $0.value) }, lang: lang))
    }

    static func table(_ caption: String, _ header: String, _ rows: [(String, Int)], lang: Lang) -> Node {
        .table(.caption(.plain(caption)),
               .thead(.tr(.th(.plain(header)), .th(.plain(lang("Kasus", "Cases"))))),
               .tbody(.forEach(rows) { r in .tr(.td(.plain(r.0)), .td(.class("num"), .plain(String(r.1)))) }))
    }
}
