import Cases
import Coordination
import Markup
import Monitoring

/// `/pemantauan/perkiraan`: how many victims nobody detected, estimated from how the agencies'
/// lists of the same people overlap. Never shown as a count: an interval, its model, and the
/// assumptions it rests on, in words.
enum EstimateView {
    enum Outcome {
        case estimate(MultipleSystemsEstimate)
        /// Fewer than two lists hold anyone, or too few people to publish.
        case tooLittle
        case failed(CodeLabel)
    }

    static func render(_ c: MonitoringViews.Context, histories: CaptureHistories?, outcome: Outcome) -> HTML {
        let lang = c.lang
        return Layout.page(lang("Perkiraan korban yang tidak terdeteksi", "Estimate of the victims nobody detected"), c.chrome,
            .p(.plain(lang("Estimasi sistem ganda (multiple systems estimation), cara yang diujicobakan UNODC untuk SDG 16.2.2 bagian kedua: dari seberapa sering orang yang sama tercatat oleh beberapa kelompok instansi, diperkirakan berapa korban yang tidak tercatat oleh siapa pun.",
                           "Multiple systems estimation, the method UNODC piloted for SDG 16.2.2 part 2: from how often the same people are recorded by several families of agencies, it estimates how many victims no one recorded."))),
            MonitoringViews.filterForm(c, action: SiteRoute.monitoringEstimate(query: [:]).path, extra: []),
            body(c, histories: histories, outcome: outcome),
            .h2(.plain(lang("Asumsi", "Assumptions"))),
            .ul(.forEach(assumptions(outcome)) { .li(.plain(lang($0.id, $0.en))) }))
    }

    static func assumptions(_ outcome: Outcome) -> [CodeLabel] {
        if case .estimate(let e) = outcome { return e.assumptions }
        return EstimationAssumptions.all(bootstrapped: true)
    }

    static func range(_ r: ClosedRange<Double>, lang: Lang) -> String {
        let sep = lang.isEnglish ? "," : "."
        let upper = r.upperBound.isFinite ? MultipleSystemsEstimate.grouped(r.upperBound, separator: sep) : lang("tanpa batas atas", "no upper limit")
        return MultipleSystemsEstimate.grouped(r.lowerBound, separator: sep) + "–" + upper
    }

    static func body(_ c: MonitoringViews.Context, histories: CaptureHistories?, outcome: Outcome) -> Node {
        let lang = c.lang
        switch outcome {
        case .tooLittle:
            return .p(.class("no-data"), .plain(lang("Data tidak cukup untuk memperkirakan: diperlukan orang yang tercatat oleh sedikitnya dua kelompok instansi, dan cukup banyak untuk diterbitkan.",
                                                     "Not enough data to estimate: it needs people recorded by at least two families of agencies, and enough of them to publish.")))
        case .failed(let why):
            return .p(.class("error-text"), .plain(lang(why.id, why.en)))
        case .estimate(let e):
            let sep = lang.isEnglish ? "," : "."
            let upper = e.totalInterval.upperBound
            let observed = c.rule.rounded(e.observed)
            return .group(
                .p(.class("estimate"), .strong(.plain(lang(
                    "Perkiraan seluruh korban (terdeteksi dan tidak): sekitar \(MultipleSystemsEstimate.grouped(e.total, separator: sep)), interval kepercayaan 95% \(MultipleSystemsEstimate.grouped(e.totalInterval.lowerBound, separator: sep))–\(upper.isFinite ? MultipleSystemsEstimate.grouped(upper, separator: sep) : "tanpa batas atas"). Ini perkiraan statistik, bukan hitungan.",
                    "Estimated victims in all (detected or not): about \(MultipleSystemsEstimate.grouped(e.total, separator: sep)), 95% confidence interval \(MultipleSystemsEstimate.grouped(e.totalInterval.lowerBound, separator: sep))–\(upper.isFinite ? MultipleSystemsEstimate.grouped(upper, separator: sep) : "no upper limit"). This is a statistical estimate, not a count.")))),
                .unwrap(e.bootstrap == nil ? nil : e) { e in
                    .p(.plain(lang("Interval di atas memperhitungkan ketidakpastian memilih model (bootstrap yang mengulang pemilihan model). Interval profil untuk model terpilih saja: \(range(e.totalProfileInterval, lang: lang)).",
                                   "The interval above includes the uncertainty of choosing the model (a bootstrap that repeats the choice). The profile interval for the chosen model alone: \(range(e.totalProfileInterval, lang: lang))."))) },
                .p(.plain(lang("Orang yang tercatat oleh sedikitnya satu kelompok instansi: ", "People recorded by at least one family of agencies: ")
                          + lang.number(Double(observed), decimals: 0))),
                .h2(.plain(lang("Daftar", "Lists"))),
                .ul(.forEach(histories.map { h in h.listNames.indices.map { (h.listNames[$0], h.personsOn(list: $0)) } } ?? []) { name, n in
                    let label = CaptureList(rawValue: name).map { lang($0.label) } ?? name
                    let shown = c.rule.mode == .protected && n > 0 && n < c.rule.k ? lang("disembunyikan", "suppressed")
                        : lang.number(Double(c.rule.rounded(n)), decimals: 0)
                    return .li(.plain("\(label): \(shown)"))
                }),
                .h2(.plain(lang("Model", "Models"))),
                .p(.plain(lang("Dipilih dengan \(e.criterion.rawValue.uppercased()): ", "Chosen by \(e.criterion.rawValue.uppercased()): ") + e.chosen.terms)),
                .div(.class("table-scroll"), .table(.class("figures"),
                    .caption(.plain(lang("Model yang dicocokkan", "Models fitted"))),
                    .thead(.tr(.th(.plain(lang("Suku interaksi", "Interaction terms"))), .th(.class("num"), .plain("df")),
                               .th(.class("num"), .plain("Deviance")), .th(.class("num"), .plain("AIC")), .th(.class("num"), .plain("BIC")),
                               .th(.class("num"), .plain(lang("Tidak terdeteksi", "Undetected"))))),
                    .tbody(.forEach(e.models) { m in
                        .tr(.td(.plain(m.terms)), .td(.class("num"), .plain(String(m.degreesOfFreedom))),
                            .td(.class("num"), .plain(m.deviance.map { lang.number($0, decimals: 1) } ?? "—")),
                            .td(.class("num"), .plain(m.aic.map { lang.number($0, decimals: 1) } ?? "—")),
                            .td(.class("num"), .plain(m.bic.map { lang.number($0, decimals: 1) } ?? "—")),
                            .td(.class("num"), .plain(m.unobserved.map { MultipleSystemsEstimate.grouped($0, separator: sep) } ?? "—")))
                    }))),
                .unwrap(e.warnings.isEmpty ? nil : e.warnings) { w in
                    .group(.h2(.plain(lang("Peringatan", "Warnings"))), .ul(.forEach(w) { .li(.plain(lang($0.label.id, $0.label.en))) }))
                })
        }
    }
}
