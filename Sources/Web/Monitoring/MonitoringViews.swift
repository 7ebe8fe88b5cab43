import Cases
import Foundation
import Markup
import Monitoring
import Store

/// `/pemantauan`: the dashboard, one indicator, and how an indicator is counted.
enum MonitoringViews {
    struct Context {
        let chrome: Layout.Chrome
        let filter: MonitoringFilter
        let agencies: [Agency]
        let readAt: Date
        let rule: DisclosureRule
        var lang: Lang { chrome.lang }
    }

    static let breakdownNames: [String: (id: String, en: String)] = [
        "sex_age": ("Jenis kelamin dan usia", "Sex and age"), "sex": ("Jenis kelamin", "Sex"), "age_group": ("Kelompok usia", "Age group"),
        "form": ("Bentuk eksploitasi", "Form of exploitation"), "citizenship": ("Kewarganegaraan dan tempat", "Citizenship and place"),
        "province": ("Provinsi", "Province"), "stage": ("Tahap", "Stage"), "citizenship_code": ("Kewarganegaraan", "Citizenship"),
        "case_kind": ("Jenis kasus", "Kind of case"), "law": ("Undang-undang", "Law"), "service": ("Layanan", "Service"),
        "agency": ("Instansi", "Agency"),
    ]

    /// Rows per indicator on the dashboard; the indicator's own page has them all.
    static let dashboardRows = 10

    static func breakdownLabel(_ by: String, _ lang: Lang) -> String { breakdownNames[by].map { lang($0) } ?? by }

    static func dashboard(_ c: Context, figures: [(IndicatorDefinition, String, IndicatorTable, ProtectedTable)]) -> HTML {
        let lang = c.lang
        return Layout.page(lang("Pemantauan efektivitas", "Effectiveness monitoring"), c.chrome,
            .p(.plain(lang("Apakah hukum bekerja? Setiap angka terikat pada kewajiban yang diukurnya; pilih indikator untuk rincian, ekspor dan cara menghitungnya.",
                           "Is the law working? Each figure is tied to the obligation it measures; open an indicator for breakdowns, exports and how it is counted."))),
            filterForm(c, action: SiteRoute.monitoring(query: [:]).path, extra: []),
            MonitoringTableView.ruleNote(c.rule, lang: lang),
            .p(.class("note"), .plain(lang("Data dibaca: ", "Data read: ") + c.chrome.time(c.readAt))),
            .ul(.class("actions"),
                .li(.a(.href(SiteRoute.monitoringWorkbook(query: query(c.filter)).path),
                       .plain(lang("Unduh semua indikator (XLSX)", "Download all indicators (XLSX)")))),
                .li(.a(.href(SiteRoute.monitoringEstimate(query: query(c.filter)).path),
                       .plain(lang("Perkiraan korban yang tidak terdeteksi", "Estimate of the victims nobody detected")))),
                .li(.a(.href(SiteRoute.annualReport(query: ["periode": String(c.filter.period.year)]).path),
                       .plain(lang("Laporan tahunan (cetak A4)", "Annual report (print A4)")))),
                .li(.plain(lang("Paket laporan: ", "Report packs: ")),
                    .a(.href(SiteRoute.monitoringPack("glotip", query: query(c.filter)).path), .plain("GLOTIP")), .plain(" · "),
                    .a(.href(SiteRoute.monitoringPack("sdg-16-2-2", query: query(c.filter)).path), .plain("SDG 16.2.2")), .plain(" · "),
                    .a(.href(SiteRoute.monitoringPack("ran", query: query(c.filter)).path), .plain("RAN PP-TPPO")), .plain(" · "),
                    .a(.href(SiteRoute.monitoringPack("tip", query: query(c.filter)).path), .plain("TIP")))),
            .forEach(figures) { d, by, raw, t in
                .section(.class("indicator"),
                         .h2(.a(.href(SiteRoute.indicator(d.id, query: query(c.filter)).path), .plain(lang(d.name)))),
                         raw.isEmpty ? .p(.class("no-data"), .plain(lang("Tidak ada data untuk periode dan saringan ini.", "No data for this period and filter.")))
                             : MonitoringTableView.figure(t, definition: d, breakdownLabel: breakdownLabel(by, lang), lang: lang),
                         .unwrap(peopleNote(d, t, lang: lang)) { $0 },
                         .if(raw.rows.count > dashboardRows && t.rows.count == dashboardRows,
                             .p(.class("note"), .plain(lang("Menampilkan \(dashboardRows) baris terbesar; semua baris ada di halaman indikator.",
                                                            "Showing the \(dashboardRows) largest rows; the indicator's page has them all.")))),
                         notes(raw, lang: lang),
                         .p(.a(.href(SiteRoute.indicatorMethod(d.id, query: query(c.filter)).path),
                               .plain(lang("Cara menghitung", "How this is counted")))))
            })
    }

    static func indicator(_ c: Context, definition d: IndicatorDefinition, breakdown: String, raw: IndicatorTable, table t: ProtectedTable) -> HTML {
        let lang = c.lang
        let q = query(c.filter)
        var withBreakdown = q
        withBreakdown["rincian"] = breakdown
        return Layout.page(lang(d.name), c.chrome,
            .p(.plain(lang(d.numerator))),
            filterForm(c, action: SiteRoute.indicator(d.id, query: [:]).path,
                       extra: [select("rincian", lang("Rincian", "Breakdown"), d.breakdowns.map { ($0, breakdownLabel($0, lang)) },
                                      selected: breakdown, all: nil)]),
            MonitoringTableView.ruleNote(c.rule, lang: lang),
            raw.isEmpty ? .p(.class("no-data"), .plain(lang("Tidak ada data untuk periode dan saringan ini.", "No data for this period and filter.")))
                : MonitoringTableView.figure(t, definition: d, breakdownLabel: breakdownLabel(breakdown, lang), lang: lang),
            .unwrap(peopleNote(d, t, lang: lang)) { $0 },
            notes(raw, lang: lang),
            .ul(.class("actions"),
                .li(.a(.href(SiteRoute.indicatorMethod(d.id, query: q).path), .plain(lang("Cara menghitung", "How this is counted")))),
                .li(.a(.href(SiteRoute.indicatorCSV(d.id, query: withBreakdown).path), .plain(lang("Unduh CSV", "Download CSV")))),
                .li(.a(.href(SiteRoute.api(.indicator(d.id)).path + "?" + encoded(withBreakdown)), .plain("JSON (API)")))))
    }

    static func method(_ c: Context, definition d: IndicatorDefinition, raw: IndicatorTable) -> HTML {
        let lang = c.lang
        let f = c.filter
        let agency = f.agencyID.flatMap { id in c.agencies.first { $0.id == id }?.name } ?? lang("semua instansi", "all agencies")
        return Layout.page(lang("Cara menghitung: ", "How this is counted: ") + lang(d.name), c.chrome,
            .dl(.class("facts"),
                .dt(.plain(lang("Pembilang", "Numerator"))), .dd(.plain(lang(d.numerator))),
                .dt(.plain(lang("Penyebut", "Denominator"))), .dd(.plain(d.denominator.map { lang($0) } ?? lang("— (hitungan)", "— (a count)"))),
                .dt(.plain(lang("Tanggal yang menentukan periode", "Date that places a record in a period"))), .dd(.plain(lang(d.dateCounted))),
                .dt(.plain(lang("Periode dan saringan", "Period and filters"))),
                .dd(.plain(lang(f.period.label) + " · " + (f.provinceCode.flatMap { Province.named(code: $0)?.name } ?? lang("semua provinsi", "all provinces"))
                           + " · " + agency + filterWords(f, lang: lang))),
                .dt(.plain(lang("Data dibaca", "Data read"))), .dd(.plain(c.chrome.time(c.readAt))),
                .dt(.plain(lang("Versi definisi", "Definition version"))), .dd(.plain("\(d.id) v\(d.version)"))),
            .h2(.plain(lang("Kewajiban yang diukur", "Obligations measured"))),
            .ul(.forEach(d.obligations) { o in
                .li(.strong(.plain("\(o.instrument) \(o.provision)")), .plain(": " + lang(o.text) + " "),
                    .small(.plain(lang("Sumber: ", "Source: ") + SourceText.readable(o.source, lang) + (o.confidence == "high" ? "" : lang(" (keyakinan sedang)", " (medium confidence)")))))
            }),
            .unwrap(d.note) { .p(.plain(lang($0))) },
            notes(raw, lang: lang),
            .h2(.plain(lang("Catatan yang tidak dihitung", "Records left out"))),
            raw.leftOut.isEmpty ? .p(.plain(lang("Tidak ada.", "None.")))
                : .ul(.forEach(raw.leftOut) { .li(.plain("\($0.count) " + lang($0.reason))) }),
            .h2(.plain(lang("Aturan pengungkapan", "Disclosure rule"))),
            MonitoringTableView.ruleNote(c.rule, lang: lang),
            .p(.plain(lang("Saringan jenis kelamin dan usia berlaku untuk korban; untuk hitungan kasus, jalur peradilan atau layanan, saringan itu menyisakan kasus yang sedikitnya satu korbannya cocok. Laporan masyarakat tidak memuat data korban, jadi saringan itu tidak berlaku padanya.",
                           "Sex and age filters apply to victims; for counts of cases, justice tracks or services they keep cases with at least one matching victim. Public reports carry no victim data, so those filters do not apply to them."))),
            .p(.a(.href(SiteRoute.indicator(d.id, query: query(f)).path), .plain(lang("Kembali ke indikator", "Back to the indicator")))))
    }

    /// The difference between people and records, in words, where the indicator shows both.
    static func peopleNote(_ d: IndicatorDefinition, _ t: ProtectedTable, lang: Lang) -> Node? {
        guard d.id == "victims_identified", let total = t.total,
              let people = total.cells[0].number, let records = total.cells[1].number else { return nil }
        let gap = Int(records - people)
        return .p(.class("explain"), .plain(lang(
            "\(lang.number(records, decimals: 0)) catatan korban adalah \(lang.number(people, decimals: 0)) orang: \(gap) catatan milik orang yang sudah dicatat di kasus atau instansi lain dan dikonfirmasi sebagai orang yang sama. Satu orang dapat muncul di lebih dari satu baris rincian, tetapi hanya sekali dalam jumlah.",
            "\(lang.number(records, decimals: 0)) victim records are \(lang.number(people, decimals: 0)) people: \(gap) records belong to a person already recorded in another case or agency and confirmed as the same. One person may appear in more than one row of a breakdown, but only once in the total.")))
    }

    static func notes(_ raw: IndicatorTable, lang: Lang) -> Node {
        .forEach(raw.notes) { .p(.class("note"), .plain(lang($0))) }
    }

    static func filterWords(_ f: MonitoringFilter, lang: Lang) -> String {
        var parts: [String] = []
        if let form = f.form { parts.append(lang(form.label)) }
        if let sex = f.sex { parts.append(lang(sex.label)) }
        if let age = f.ageGroup { parts.append(lang(age.label)) }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: " · ")
    }

    static func query(_ f: MonitoringFilter) -> [String: String] {
        var q = Dictionary(f.parameters, uniquingKeysWith: { a, _ in a })
        if f.agencyID == nil { q["instansi"] = "semua" }
        return q
    }

    static func encoded(_ q: [String: String]) -> String {
        q.sorted { $0.key < $1.key }.map { "\($0.key)=\(SiteRoute.encode($0.value))" }.joined(separator: "&")
    }
}
