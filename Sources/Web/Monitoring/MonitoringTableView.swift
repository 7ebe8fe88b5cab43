import Markup
import Monitoring

/// A protected table as HTML, the chart beside it, and the notes every figure carries.
enum MonitoringTableView {
    static func table(_ t: ProtectedTable, caption: String, rowHeader: String, lang: Lang) -> Node {
        .table(.class("figures"),
               .caption(.plain(caption)),
               .thead(.tr(.th(.attribute(named: "scope", value: "col"), .plain(rowHeader)),
                          .forEach(t.columns) { c in
                   .th(.attribute(named: "scope", value: "col"), .class("num"), .attribute(named: "data-kind", value: c.kind.rawValue), .plain(lang(c.label)))
               })),
               .tbody(.forEach(t.rows) { row(t, $0, lang: lang) }),
               .unwrap(t.total) { total in .tfoot(row(t, total, lang: lang)) })
    }

    static func row(_ t: ProtectedTable, _ r: ProtectedRow, lang: Lang) -> Node {
        .tr(.th(.attribute(named: "scope", value: "row"), .plain(lang(r.label))),
            .forEach(Array(zip(t.columns, r.cells))) { c, v in
                .td(.class(v == .suppressed ? "num suppressed" : "num"), .plain(ShownText.text(v, kind: c.kind, lang: lang)))
            })
    }

    /// The column worth a bar: the one of the indicator's unit (its share, rate or days), else
    /// the first count.
    static func chartColumn(_ t: ProtectedTable, unit: String? = nil) -> Int {
        let wanted: IndicatorColumn.Kind? = switch unit {
        case "percent": .percent
        case "per_100000": .rate
        case "days": .median
        default: nil
        }
        return wanted.flatMap { k in t.columns.firstIndex { $0.kind == k } }
            ?? t.columns.firstIndex { $0.kind == .count } ?? t.columns.firstIndex { $0.kind != .reference } ?? 0
    }

    static func figure(_ t: ProtectedTable, definition: IndicatorDefinition, breakdownLabel: String, lang: Lang) -> Node {
        let column = chartColumn(t, unit: definition.unit)
        let title = lang(definition.name.id, definition.name.en) + " — " + lang(t.columns[column].label)
        return .div(.class("figure-pair"),
                    .figure(BarChart.svg(t, column: column, title: title, lang: lang),
                            .figcaption(.plain(lang("Grafik: ", "Chart: ") + lang(t.columns[column].label) + " · " + breakdownLabel))),
                    .div(.class("table-scroll"), table(t, caption: lang(definition.name.id, definition.name.en), rowHeader: breakdownLabel, lang: lang)))
    }

    static func ruleNote(_ rule: DisclosureRule, lang: Lang) -> Node {
        switch rule.mode {
        case .exact:
            return .p(.class("note"), .plain(lang("Angka pasti: hanya catatan instansi Anda sendiri.",
                                                  "Exact figures: your own agency's records only.")))
        case .protected:
            return .p(.class("note"), .plain(lang(
                "Angka lintas instansi dilindungi: sel dengan kurang dari \(rule.k) catatan disembunyikan (beserta sel pendampingnya bila jumlahnya akan membukanya), jumlah dibulatkan ke kelipatan 5, sehingga baris tidak selalu sama dengan jumlahnya.",
                "Figures across agencies are protected: cells with fewer than \(rule.k) records are suppressed (with a partner cell where the total would reveal them), and counts are rounded to 5, so rows need not add up to the total.")))
        }
    }
}

extension Lang {
    func callAsFunction(_ words: IndicatorDefinition.Words) -> String { self(words.id, words.en) }
}
