import Law
import Markup
import Practice

extension ScreeningViews {
    /// The answer as a one-page legal memo: conclusion, articles and penalty, victims' rights,
    /// next steps, then the elements and what is unsettled.
    static func memo(_ chrome: Layout.Chrome, result r: ScreeningResult, caseNumber: String?, savedAt: String?,
                     practice: Result<PracticeComparison, DecisionSetError>) -> HTML {
        let lang = chrome.lang
        let language: ScreeningLanguage = lang.isEnglish ? .english : .indonesian
        let labels = TextLabels.of(language)
        let n = r.national
        return Layout.page(lang("Memo penapisan hukum", "Legal screening memo"), chrome, bodyClass: "memo", [
            .p(.class("memo-meta"), .plain([
                caseNumber.map { lang("Kasus \($0)", "Case \($0)") },
                lang("dinilai per \(r.assessed.asOf)", "assessed as of \(r.assessed.asOf)"),
                r.assessed.date.map { lang("perbuatan pada \($0)", "acts on \($0)") },
                savedAt.map { _ in lang("disimpan bersama kasus", "kept with the case") },
            ].compactMap { $0 }.joined(separator: " · "))),
            .section(.class("memo-verdicts"),
                .h2(.plain(lang("Kesimpulan", "Conclusion"))),
                .dl(.class("facts"),
                    .dt(.plain("Protokol Palermo Pasal 3")), .dd(.strong(.plain(labels.verdict(r.palermo.verdict))),
                        .if(!r.palermo.missing.isEmpty, .plain(" — " + lang("belum terbukti: ", "not established: ") + r.palermo.missing.map { labels.element($0) }.joined(separator: ", ")))),
                    .dt(.plain(lang("Hukum Indonesia", "Indonesian law"))), .dd(.strong(.plain(labels.verdict(n.verdict)))),
                    .dt(.plain(lang("Pasal", "Articles"))), .dd(.plain(n.articles.isEmpty ? "—" : n.articles.joined(separator: "; "))),
                    .dt(.plain(lang("Ancaman pidana", "Penalty"))), .dd(.plain(n.penalty.map { PenaltyText.describe($0, language) + (n.penaltyProvision.map { " (\($0))" } ?? "") } ?? "—")),
                    .unwrap(n.fork) { forkRows($0, labels, language, next: r.nextFacts.first, lang) },
                    .dt(.plain(lang("Hukum yang diterapkan", "Law applied"))), .dd(.plain(n.lawAppliedText.text(language))),
                    .dt(.plain(lang("Hak korban", "Victims' rights"))), .dd(.plain(r.victimRights.joined(separator: "; "))),
                    // A victim made to offend is not to be charged: said in the conclusion, where an officer deciding on charges reads.
                    .unwrap(r.explanation.first { $0.element == "non_punishment" }) { line in
                        .group(.dt(.plain(lang("Korban tidak dipidana", "Victim not punished"))), .dd(.strong(.plain(lang(line.id, line.en)))))
                    },
                    .dt(.plain(lang("Instrumen internasional", "International instruments"))), .dd(.plain(r.instruments.joined(separator: ", "))))),
            .if(!r.nextFacts.isEmpty, .section(
                .h2(.plain(lang("Langkah berikut: fakta yang perlu dipastikan", "Next steps: facts to establish"))),
                .ul(.forEach(r.nextFacts) { .li(.plain(lang($0.id, $0.en))) }))),
            .if(!r.divergences.isEmpty, .section(
                .h2(.plain(lang("Perbedaan Palermo dan hukum nasional", "Where Palermo and national law differ"))),
                .ul(.forEach(r.divergences) { .li(.plain(lang($0.id, $0.en))) }))),
            .section(.class("memo-elements"),
                .h2(.plain(lang("Unsur demi unsur", "Element by element"))),
                .table(.class("compact"),
                    .thead(.tr(.th(.plain(lang("Ketentuan", "Provision"))), .th(.plain(lang("Unsur", "Element"))), .th(.plain(lang("Status", "Status"))),
                               .th(.plain(lang("Alasan", "Reason"))))),
                    .tbody(.forEach(r.explanation) { e in
                        .tr(.class(e.status == .met || e.status == .unknown ? "shown" : e.status == .notMet ? "not-met" : "not-required"),
                            .td(.plain(e.provision)), .td(.plain(labels.element(named: e.element))), .td(.class("status-\(e.status.rawValue)"), .plain(labels.status(e.status))),
                            .td(.plain(lang(e.id, e.en))))
                    }))),
            .if(!r.unsettled.isEmpty, .section(
                .h2(.plain(lang("Belum pasti dalam hukum", "Unsettled in the law"))),
                .ul(.forEach(r.unsettled) { u in
                    .li(.plain(lang(u.id, u.en)),
                        .ul(.forEach(u.alternatives) { a in
                            .li(.plain((a.primary ? lang("Dipakai: ", "Used: ") : lang("Alternatif: ", "Alternative: ")) + lang(a.id, a.en)
                                      + (a.penalty.map { " — " + PenaltyText.describe($0, language) } ?? "")))
                        }))
                }))),
            .p(.class("memo-note"), .plain(lang("Penapisan ini membantu penilaian petugas; bukan putusan. Sumber dan tingkat keyakinan tiap ketentuan ada di keluaran JSON.",
                                               "This screening supports an officer's judgement; it is not a ruling. Sources and confidence for each provision are in the JSON output."))),
            CourtPracticeSection.section(practice, lang),
        ])
    }

    /// An answer that forks: each alternative with its articles and penalty, what decides between
    /// them, and the question to ask, so the officer knows both the charge options and the next step.
    static func forkRows(_ f: ArticleFork, _ labels: TextLabels, _ language: ScreeningLanguage, next: NextFact?, _ lang: Lang) -> Node {
        .group(
            .dt(.plain(lang("Alternatif", "Alternatives"))),
            .dd(.class("memo-fork"),
                .p(.plain("\(labels.alternatives) (\(labels.decidedBy): \(f.decidedBy.joined(separator: ", ")))")),
                .ul(.forEach(f.alternatives) { a in
                    .li(.strong(.plain(a.when.text(language) + ": ")), .plain(a.articles.joined(separator: "; ")
                        + (a.penalty.map { " — " + PenaltyText.describe($0, language) } ?? "")))
                }),
                .unwrap(next) { .p(.plain(lang("Tanyakan berikutnya: ", "Ask next: ") + lang($0.id, $0.en))) }))
    }
}
