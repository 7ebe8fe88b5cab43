import Law
import Plot

extension ScreeningViews {
    /// The answer as a one-page legal memo: conclusion, articles and penalty, victims' rights,
    /// next steps, then the elements and what is unsettled.
    static func memo(_ chrome: Layout.Chrome, result r: ScreeningResult, caseNumber: String?, savedAt: String?) -> HTML {
        let lang = chrome.lang
        let language: ScreeningLanguage = lang.isEnglish ? .english : .indonesian
        let labels = TextLabels.of(language)
        let n = r.national
        return Layout.page(lang("Memo penapisan hukum", "Legal screening memo"), chrome, bodyClass: "memo", [
            .p(.class("memo-meta"), .text([
                caseNumber.map { lang("Kasus \($0)", "Case \($0)") },
                lang("dinilai per \(r.assessed.asOf)", "assessed as of \(r.assessed.asOf)"),
                r.assessed.date.map { lang("perbuatan pada \($0)", "acts on \($0)") },
                savedAt.map { _ in lang("disimpan bersama kasus", "kept with the case") },
            ].compactMap { $0 }.joined(separator: " · "))),
            .section(.class("memo-verdicts"),
                .h2(.text(lang("Kesimpulan", "Conclusion"))),
                .dl(.class("facts"),
                    .dt(.text("Protokol Palermo Pasal 3")), .dd(.strong(.text(labels.verdict(r.palermo.verdict))),
                        .if(!r.palermo.missing.isEmpty, .text(" — " + lang("belum terbukti: ", "not established: ") + r.palermo.missing.map { labels.element($0) }.joined(separator: ", ")))),
                    .dt(.text(lang("Hukum Indonesia", "Indonesian law"))), .dd(.strong(.text(labels.verdict(n.verdict)))),
                    .dt(.text(lang("Pasal", "Articles"))), .dd(.text(n.articles.isEmpty ? "—" : n.articles.joined(separator: "; "))),
                    .dt(.text(lang("Ancaman pidana", "Penalty"))), .dd(.text(n.penalty.map { PenaltyText.describe($0, language) + (n.penaltyProvision.map { " (\($0))" } ?? "") } ?? "—")),
                    .dt(.text(lang("Hukum yang diterapkan", "Law applied"))), .dd(.text(n.lawAppliedText.text(language))),
                    .dt(.text(lang("Hak korban", "Victims' rights"))), .dd(.text(r.victimRights.joined(separator: "; "))),
                    .dt(.text(lang("Instrumen internasional", "International instruments"))), .dd(.text(r.instruments.joined(separator: ", "))))),
            .if(!r.nextFacts.isEmpty, .section(
                .h2(.text(lang("Langkah berikut: fakta yang perlu dipastikan", "Next steps: facts to establish"))),
                .ul(.forEach(r.nextFacts) { .li(.text(lang($0.id, $0.en))) }))),
            .if(!r.divergences.isEmpty, .section(
                .h2(.text(lang("Perbedaan Palermo dan hukum nasional", "Where Palermo and national law differ"))),
                .ul(.forEach(r.divergences) { .li(.text(lang($0.id, $0.en))) }))),
            .section(.class("memo-elements"),
                .h2(.text(lang("Unsur demi unsur", "Element by element"))),
                .table(.class("compact"),
                    .thead(.tr(.th(.text(lang("Ketentuan", "Provision"))), .th(.text(lang("Unsur", "Element"))), .th(.text(lang("Status", "Status"))),
                               .th(.text(lang("Alasan", "Reason"))))),
                    .tbody(.forEach(r.explanation) { e in
                        .tr(.class(e.status == .met || e.status == .unknown ? "shown" : e.status == .notMet ? "not-met" : "not-required"),
                            .td(.text(e.provision)), .td(.text(e.element)), .td(.class("status-\(e.status.rawValue)"), .text(labels.status(e.status))),
                            .td(.text(lang(e.id, e.en))))
                    }))),
            .if(!r.unsettled.isEmpty, .section(
                .h2(.text(lang("Belum pasti dalam hukum", "Unsettled in the law"))),
                .ul(.forEach(r.unsettled) { u in
                    .li(.text(lang(u.id, u.en)),
                        .ul(.forEach(u.alternatives) { a in
                            .li(.text((a.primary ? lang("Dipakai: ", "Used: ") : lang("Alternatif: ", "Alternative: ")) + lang(a.id, a.en)
                                      + (a.penalty.map { " — " + PenaltyText.describe($0, language) } ?? "")))
                        }))
                }))),
            .p(.class("memo-note"), .text(lang("Penapisan ini membantu penilaian petugas; bukan putusan. Sumber dan tingkat keyakinan tiap ketentuan ada di keluaran JSON.",
                                               "This screening supports an officer's judgement; it is not a ruling. Sources and confidence for each provision are in the JSON output.")))
        ])
    }
}
