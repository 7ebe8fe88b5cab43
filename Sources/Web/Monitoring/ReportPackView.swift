import Foundation
import Markup
import Monitoring
import Spreadsheet

/// A report pack or the annual report: its tables counted, protected, drawn and laid out.
enum ReportPackView {
    struct Counted {
        let title: String
        let definition: IndicatorDefinition?
        let breakdown: String
        let raw: IndicatorTable
        let table: ProtectedTable
    }

    static func count(_ pack: ReportPack, calculator: IndicatorCalculator, filter: MonitoringFilter, rule: DisclosureRule,
                      lang: Lang) throws -> [(ReportPack.Section, [Counted])] {
        try pack.sections.map { section in
            (section, try section.tables.map { t in
                switch t {
                case .indicator(let id, let by):
                    let d = try calculator.registry.definition(id)
                    let raw = try calculator.table(id, breakdown: by, filter: filter)
                    return Counted(title: lang(d.name) + " — " + MonitoringViews.breakdownLabel(by, lang), definition: d, breakdown: by,
                                   raw: raw, table: rule.apply(raw))
                case .victimsCrossTab:
                    let raw = calculator.victimsBySexAgeAndForm(filter: filter)
                    return Counted(title: lang("Korban terdeteksi (orang) menurut jenis kelamin, usia dan bentuk eksploitasi",
                                               "Detected victims (people) by sex, age and form of exploitation"),
                                   definition: nil, breakdown: "sex_age", raw: raw, table: rule.apply(raw))
                }
            })
        }
    }

    static func tableBlock(_ c: Counted, lang: Lang) -> Node {
        let rowHeader = MonitoringViews.breakdownLabel(c.breakdown, lang)
        return .section(.class("indicator"),
            .h3(.plain(c.title)),
            c.raw.isEmpty ? .p(.class("no-data"), .plain(lang("Tidak ada data untuk periode ini.", "No data for this period.")))
                : .group(
                    .unwrap(c.definition) { d in
                        let column = MonitoringTableView.chartColumn(c.table, unit: d.unit)
                        return BarChart.svg(c.table, column: column, title: c.title, lang: lang)
                    },
                    .div(.class("table-scroll"), MonitoringTableView.table(c.table, caption: c.title, rowHeader: rowHeader, lang: lang))),
            MonitoringViews.notes(c.raw, lang: lang))
    }

    static func page(_ c: MonitoringViews.Context, pack: ReportPack, counted: [(ReportPack.Section, [Counted])]) -> HTML {
        let lang = c.lang
        return Layout.page(lang(pack.name) + " · " + lang(c.filter.period.label), c.chrome,
            .p(.plain(lang(pack.about))),
            MonitoringViews.filterForm(c, action: SiteRoute.monitoringPack(pack.id).path, extra: []),
            MonitoringTableView.ruleNote(c.rule, lang: lang),
            .p(.a(.href(SiteRoute.monitoringPackWorkbook(pack.id, query: MonitoringViews.query(c.filter)).path), .plain(lang("Unduh XLSX", "Download XLSX")))),
            .forEach(counted) { section, tables in
                .group(.h2(.plain(lang(section.title))), .forEach(tables) { tableBlock($0, lang: lang) })
            })
    }

    static func workbook(_ pack: ReportPack, counted: [(ReportPack.Section, [Counted])], note: String, created: Date, lang: Lang) throws -> Data {
        var sheets: [Sheet] = []
        var n = 0
        for (_, tables) in counted {
            for t in tables {
                n += 1
                sheets.append(MonitoringExport.sheet(t.table, name: "\(n) " + String((t.definition?.id ?? "victims_sex_age_form").prefix(26)), title: t.title,
                                                     note: note, rowHeader: MonitoringViews.breakdownLabel(t.breakdown, lang), lang: lang))
            }
        }
        return try Workbook(title: lang(pack.name), created: created, sheets: sheets).xlsx()
    }
}
