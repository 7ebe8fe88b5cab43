import Cases
import Markup
import Monitoring

/// The filter form (GET, so a filtered page is a link to share): period, province, agency,
/// form of exploitation, sex, age group.
extension MonitoringViews {
    static func filterForm(_ c: Context, action: String, extra: [Node]) -> Node {
        let lang = c.lang, f = c.filter
        let agencyOptions = [("semua", lang("Semua instansi", "All agencies"))] + c.agencies.map { ($0.id, $0.name) }
        let agencyName = f.agencyID.flatMap { id in c.agencies.first { $0.id == id }?.name } ?? lang("semua instansi", "all agencies")
        let province = f.provinceCode.flatMap { Province.named(code: $0)?.name } ?? lang("semua provinsi", "all provinces")
        // Closed by default: on a phone the figures come first; the summary says what is shown.
        return .details(.class("filter-box"),
            .summary(.plain(lang("Saring", "Filter") + ": " + lang(f.period.label) + " · " + province + " · " + agencyName + filterWords(f, lang: lang))),
            .form(.method(.get), .action(action), .class("filters"),
            .fieldset(.legend(.plain(lang("Saring", "Filter"))),
                select("periode", lang("Periode", "Period"), periodOptions(around: f.period, lang: lang), selected: f.period.description, all: nil),
                select("provinsi", lang("Provinsi", "Province"), Province.all.map { ($0.code, $0.name) }, selected: f.provinceCode,
                       all: lang("Semua provinsi", "All provinces")),
                select("instansi", lang("Instansi", "Agency"), agencyOptions, selected: f.agencyID ?? "semua", all: nil),
                select("bentuk", lang("Bentuk eksploitasi", "Form of exploitation"), FormGroup.allCases.map { ($0.rawValue, lang($0.label)) },
                       selected: f.form?.rawValue, all: lang("Semua bentuk", "All forms")),
                select("jenis_kelamin", lang("Jenis kelamin korban", "Victim's sex"), SexGroup.allCases.map { ($0.rawValue, lang($0.label)) },
                       selected: f.sex?.rawValue, all: lang("Semua", "All")),
                select("usia", lang("Usia korban", "Victim's age"), AgeGroup.allCases.map { ($0.rawValue, lang($0.label)) },
                       selected: f.ageGroup?.rawValue, all: lang("Semua", "All")),
                .group(extra),
                .button(.type(.submit), .plain(lang("Terapkan", "Apply"))))))
    }

    static func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String?, all: String?) -> Node {
        let id = "m-\(name)"
        return .div(.class("field"),
                    .label(.attribute(named: "for", value: id), .plain(label)),
                    .select(.id(id), .attribute(named: "name", value: name),
                            .unwrap(all) { .option(.value(""), .plain($0)) },
                            .forEach(options) { value, text in
                                .option(.value(value), value == selected ? .attribute(named: "selected") : .empty, .plain(text))
                            }))
    }

    /// Years and fiscal years from five years back, and the quarters and months of this and the
    /// last year; the period being shown is always among them.
    static func periodOptions(around current: Period, lang: Lang) -> [(String, String)] {
        let year = max(current.year, CalendarDate(Foundation.Date()).year)
        var periods: [Period] = []
        for y in (year - 5...year).reversed() { periods.append(.year(y)) }
        for y in (year - 5...year).reversed() { periods.append(.fiscalYear(y)) }
        for y in [year, year - 1] {
            for q in (1...4).reversed() { periods.append(.quarter(y, q)) }
            for m in (1...12).reversed() { periods.append(.month(y, m)) }
        }
        if !periods.contains(current) { periods.insert(current, at: 0) }
        return periods.map { ($0.description, lang($0.label)) }
    }
}

import Foundation
