import Cases
import Foundation
import Markup
import Monitoring
import Store

/// The task force's annual report (laporan tahunan): A4, printable from the browser, every
/// indicator with its chart and table, the estimate of undetected victims, and the method.
/// Figures across agencies, so always under the disclosure rule.
enum AnnualReportView {
    static func pack(_ registry: IndicatorRegistry) -> ReportPack {
        ReportPack(id: "annual", name: ("Laporan tahunan Gugus Tugas PP-TPPO", "Annual report of the anti-trafficking task force"),
                   about: ("", ""),
                   sections: [ReportPack.Section(title: ("Korban", "Victims"), tables: [.victimsCrossTab])]
                    + registry.indicators.map { d in
                        ReportPack.Section(title: d.name.pair, tables: [.indicator(d.id, breakdown: d.defaultBreakdown)])
                    })
    }

    static func render(_ c: MonitoringViews.Context, counted: [(ReportPack.Section, [ReportPackView.Counted])],
                       estimate: MultipleSystemsEstimate?, registry: IndicatorRegistry) -> HTML {
        let lang = c.lang
        let year = c.filter.period
        return Layout.page(lang("Laporan tahunan ", "Annual report ") + lang(year.label), c.chrome, bodyClass: "report", [
            .section(.class("cover"),
                     .p(.class("kicker"), .plain(lang("Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang",
                                                      "Task Force for the Prevention and Handling of Trafficking in Persons"))),
                     .p(.plain(lang("Apakah hukum bekerja? Angka efektivitas pelaksanaan UU 21/2007 dan Protokol Palermo, dihitung dari satu catatan per orang di semua instansi.",
                                    "Is the law working? Figures on how UU 21/2007 and the Palermo Protocol are applied, counted from one record per person across agencies."))),
                     .p(.plain(lang("Data dibaca: ", "Data read: ") + c.chrome.time(c.readAt))),
                     MonitoringTableView.ruleNote(c.rule, lang: lang)),
            .nav(.class("no-print"), .p(.plain(lang("Cetak halaman ini (A4) dari peramban untuk laporan kertas atau PDF.",
                                                    "Print this page (A4) from the browser for paper or PDF.")))),
            .group(counted.map { section, tables in
                .section(.class("chapter"), .h2(.plain(lang(section.title))), .group(tables.map { ReportPackView.tableBlock($0, lang: lang) }))
            }),
            .section(.class("chapter"),
                     .h2(.plain(lang("Korban yang tidak terdeteksi", "Victims nobody detected"))),
                     estimateText(estimate, lang: lang)),
            .section(.class("chapter method"),
                     .h2(.plain(lang("Metode", "Method"))),
                     .p(.plain(lang("Korban dihitung sebagai orang: catatan yang dikonfirmasi sebagai orang yang sama di kasus atau instansi lain dihitung sekali. Setiap indikator menyebut kewajiban yang diukurnya dan sumbernya.",
                                    "Victims are counted as people: records confirmed as the same person in other cases or agencies count once. Each indicator names the obligation it measures and its source."))),
                     .div(.class("table-scroll"), .table(.class("figures"),
                        .caption(.plain(lang("Definisi indikator", "Indicator definitions"))),
                        .thead(.tr(.th(.plain(lang("Indikator", "Indicator"))), .th(.plain(lang("Pembilang", "Numerator"))),
                                   .th(.plain(lang("Tanggal periode", "Date counted"))), .th(.plain(lang("Kewajiban", "Obligations"))))),
                        .tbody(.forEach(registry.indicators) { d in
                            .tr(.td(.plain("\(lang(d.name)) (v\(d.version))")), .td(.plain(lang(d.numerator))), .td(.plain(lang(d.dateCounted))),
                                .td(.plain(d.obligations.map { "\($0.instrument) \($0.provision)" }.joined(separator: "; "))))
                        })))),
        ])
    }
}

extension AnnualReportView {
    static func estimateText(_ estimate: MultipleSystemsEstimate?, lang: Lang) -> Node {
        guard let e = estimate else {
            return .p(.plain(lang("Data tahun ini tidak cukup untuk memperkirakan.", "This year's data are not enough to estimate.")))
        }
        let sep = lang.isEnglish ? "," : "."
        let low = MultipleSystemsEstimate.grouped(e.totalInterval.lowerBound, separator: sep)
        let up = e.totalInterval.upperBound.isFinite ? MultipleSystemsEstimate.grouped(e.totalInterval.upperBound, separator: sep) : nil
        let total = MultipleSystemsEstimate.grouped(e.total, separator: sep)
        return .p(.plain(lang("Estimasi sistem ganda: sekitar \(total) korban seluruhnya (interval 95% \(low)–\(up ?? "tanpa batas atas")). Perkiraan, bukan hitungan; asumsinya di halaman perkiraan.",
                              "Multiple systems estimation: about \(total) victims in all (95% interval \(low)–\(up ?? "no upper limit")). An estimate, not a count; its assumptions are on the estimate page.")))
    }
}

extension IndicatorDefinition.Words {
    var pair: (id: String, en: String) { (id, en) }
}
