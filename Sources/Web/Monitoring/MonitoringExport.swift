import Foundation
import Monitoring
import Spreadsheet

/// Protected tables as spreadsheet sheets: the same values the page shows, numbers as numbers
/// (a share as a fraction with a % format), a suppressed cell as a word, never a number.
enum MonitoringExport {
    static func sheet(_ t: ProtectedTable, name: String, title: String, note: String, rowHeader: String, lang: Lang) -> Sheet {
        Sheet(name: name, title: title, note: note,
              header: [rowHeader] + t.columns.map { lang($0.label) },
              rows: t.allRows.map { row in [.text(lang(row.label))] + zip(t.columns, row.cells).map { cell($1, kind: $0.kind, lang: lang) } })
    }

    static func cell(_ value: ShownValue, kind: IndicatorColumn.Kind, lang: Lang) -> Cell {
        switch value {
        case .number(let x, let decimals):
            if kind == .percent { return .percent(x / 100) }
            return decimals == 0 && abs(x) < 9e15 ? .integer(Int(x)) : .decimal(x)
        case .suppressed: return .text(lang("disembunyikan", "suppressed"))
        case .noData: return .empty
        case .notApplicable: return .text(lang("t.b.", "n/a"))
        }
    }

    /// The note under a sheet's title: the filter, the rule, and when the data was read.
    static func note(_ filter: MonitoringFilter, rule: DisclosureRule, readAt: Date, lang: Lang) -> String {
        let how = rule.mode == .exact ? lang("angka pasti instansi sendiri", "exact, own agency")
            : lang("dilindungi: k = \(rule.k), dibulatkan ke 5", "protected: k = \(rule.k), rounded to 5")
        return "Simpul · " + filter.parameters.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + " · " + how
            + " · " + lang("dibaca ", "read ") + ISO8601DateFormatter().string(from: readAt)
    }

    /// Every indicator for the filter (its default breakdown), then, for those broken down by
    /// province, provinces × the six years up to the filter's, on the indicator's first column.
    static func workbook(_ kept: IndicatorCalculator, filter: MonitoringFilter, rule: DisclosureRule, readAt: Date,
                         lang: Lang) throws -> Data {
        // Every table counted afresh from the index: a sweep over many filters would only push
        // out the tallies kept for readers, and the export then shows a full recount.
        let calculator = kept.countingAfresh
        var sheets: [Sheet] = []
        let note = note(filter, rule: rule, readAt: readAt, lang: lang)
        for d in calculator.registry.indicators {
            let t = rule.apply(try calculator.table(d.id, breakdown: nil, filter: filter))
            sheets.append(sheet(t, name: d.id, title: lang(d.name), note: note,
                                rowHeader: MonitoringViews.breakdownLabel(d.defaultBreakdown, lang), lang: lang))
        }
        let years = (filter.period.year - 5...filter.period.year)
        for d in calculator.registry.indicators where d.breakdowns.contains("province") {
            var byYear: [ProtectedTable] = []
            for y in years {
                var f = filter
                f.period = .year(y)
                byYear.append(rule.apply(try calculator.table(d.id, breakdown: "province", filter: f)))
            }
            guard let first = byYear.first else { continue }
            let column = MonitoringTableView.chartColumn(first, unit: d.unit)
            let rows: [[Cell]] = first.allRows.indices.map { i in
                [.text(lang(first.allRows[i].label))] + byYear.map { cell($0.allRows[i].cells[column], kind: first.columns[column].kind, lang: lang) }
            }
            sheets.append(Sheet(name: String((d.id + " provinsi").prefix(31)), title: lang(d.name) + " — " + lang(first.columns[column].label),
                                note: note, header: [lang("Provinsi", "Province")] + years.map(String.init), rows: rows))
        }
        return try Workbook(title: lang("Indikator pemantauan TPPO", "Anti-trafficking monitoring indicators"), created: readAt, sheets: sheets).xlsx()
    }
}
