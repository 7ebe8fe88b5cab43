import Markup
import Store
import Training

/// The marked result of one attempt: every item right, missed or wrongly chosen, each with the
/// engine's reasons and the provisions they rest on, then "coba lagi".
enum StudyResultView {
    static func page(_ study: CaseStudy, key: AnswerKey, attempt: StoredAttempt, certificate: TrainingCertificate?,
                     chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        let verdict = attempt.passed
            ? lang("Lulus: \(attempt.score)% benar.", "Passed: \(attempt.score)% right.")
            : lang("Belum lulus: \(attempt.score)% benar; perlu \(PassRule.minimumScore)%.",
                   "Not passed yet: \(attempt.score)% right; \(PassRule.minimumScore)% needed.")
        return Layout.page(lang("Hasil: ", "Result: ") + TrainingWords.text(study.title, lang), chrome, bodyClass: "training", [
            .p(.class(attempt.passed ? "notice" : "error-text"), .attribute(named: "role", value: "status"), .plain(verdict)),
            .unwrap(certificate) { c in
                .p(.class("notice"), .a(.href(SiteRoute.trainingCertificate(c.course.rawValue).path),
                                        .plain(lang("Sertifikat \(TrainingWords.text(c.course.title, lang).lowercased()) Anda", "Your certificate for the \(TrainingWords.text(c.course.title, lang).lowercased())"))))
            },
            .forEach(StudyQuestion.allCases) { q in section(q, attempt.items.filter { $0.question == q }, key: key, lang: lang) },
            .p(.a(.class("button"), .href(SiteRoute.trainingStudy(study.id).path), .plain(lang("Coba lagi", "Try again")))),
            .p(.a(.href(SiteRoute.trainingProgress.path), .plain(lang("Kemajuan saya", "My progress"))), .plain(" · "),
               .a(.href(SiteRoute.training.path), .plain(lang("Studi kasus lain", "Other case studies")))),
        ])
    }

    private static func section(_ q: StudyQuestion, _ items: [GradedItem], key: AnswerKey, lang: Lang) -> Node {
        .section(.class("graded"),
            .h2(.plain(TrainingWords.text(q.legend, lang))),
            items.isEmpty
                ? .p(.plain(lang("Tidak ada yang berlaku, dan Anda tidak memilih apa pun: benar.", "None applies, and you chose none: right.")))
                : .ul(.class("marks"), .forEach(items) { item in
                    .li(.class("mark-\(item.mark.rawValue)"), .data(named: "question", value: q.rawValue), .data(named: "option", value: item.option),
                        .strong(.plain(TrainingWords.mark(item.mark, lang) + ": ")), .plain(TrainingWords.option(q, item.option, lang)),
                        .if(item.mark != .correct, reasons(key.reasons(for: item), lang: lang)))
                }))
    }

    /// The engine's reasons, each with its citation and where the provision was read.
    static func reasons(_ reasons: [CitedReason], lang: Lang) -> Node {
        .ul(.class("reasons"), .forEach(reasons) { r in
            .li(.plain(TrainingWords.text(r.text, lang) + " "),
                .small(.plain("(" + r.citation + "; " + lang("sumber: ", "source: ") + SourceText.readable(r.source, lang) + ")")))
        })
    }
}
