import Markup
import OfferCheck

/// The checker's answer: the verdict (never "safe"), the task force's warnings the offer
/// matches, the register's word on the company, each red flag with its basis, the flags that
/// could not be judged with the question that would settle each, what to do and whom to call,
/// and — only if the person chooses it — the way into `/lapor` with the offer's answers.
enum OfferResultView {
    static func page(_ o: OfferCheckOutcome, fields: [String: [String]], rules: OfferRules, lang: Lang) -> HTML {
        let r = o.result
        return PublicLayout.page(OfferStepViews.heading(.result, rules: rules, lang: lang), lang: lang, path: SiteRoute.offerCheck.path,
                                 brand: OfferStepViews.brand, bodyClass: "offer-result", [
            verdict(r.verdict, lang: lang),
            WarningMatchView.matches(o.warnings, lang: lang),
            RegisterWordView.node(o.register, lang: lang),
            .h2(.plain(r.flags.isEmpty ? lang("Tidak ada tanda bahaya dalam jawaban Anda", "No red flag in your answers")
                                       : lang("Tanda bahaya yang ditemukan (\(r.flags.count))", "Red flags found (\(r.flags.count))"))),
            .forEach(r.flags) { OfferFlagView.flag($0, lang: lang) },
            answersForm(o, fields: fields, rules: rules, lang: lang),
            .h2(.plain(lang("Yang sebaiknya dilakukan", "What to do"))),
            .ol(.class("actions-list"), .forEach(r.actions) { action in
                .li(.plain(lang(action.text)),
                    .if(!action.helpLines.isEmpty, .ul(.forEach(action.helpLines.compactMap { code in rules.helpLines.first { $0.code == code } }) {
                        HelpLineView.item($0, lang: lang)
                    })))
            }),
            report(o, rules: rules, lang: lang),
            .p(.class("hint"), .plain(lang("Diperiksa menurut aturan yang berlaku pada \(DayWords.day(r.checkedOn, lang)) (aturan versi \(r.rulesVersion)). Jawaban Anda tidak disimpan; perekrut yang Anda sebut hanya dihitung dalam bentuk sandi.",
                                           "Checked against the rules in force on \(DayWords.day(r.checkedOn, lang)) (rules version \(r.rulesVersion)). Your answers are not stored; the recruiter you named is only counted, in coded form."))),
            AwarenessLinks.node(lang: lang, current: nil),
        ])
    }

    private static func verdict(_ v: OfferVerdict, lang: Lang) -> Node {
        .section(.class("verdict \(v.code.rawValue)"), .id("verdict"),
                 .h2(.plain(lang(v.title))),
                 .p(.plain(lang(v.advice))),
                 .unwrap(v.note) { .p(.class("hint"), .plain(lang($0))) })
    }

    /// The flags not judged, each with a button to answer its question, and "change answers":
    /// one form, which carries the answers back to the pages.
    private static func answersForm(_ o: OfferCheckOutcome, fields: [String: [String]], rules: OfferRules, lang: Lang) -> Node {
        let open = o.result.notJudged
        return .form(.method(.post), .action(SiteRoute.offerCheckStep.path), .id("answers"),
            .input(.type(.hidden), .name("step"), .value(OfferStep.result.rawValue)),
            PublicLayout.carried(fields, names: OfferForm.carried),
            .if(!open.isEmpty, .group(
                .h2(.plain(lang("Belum bisa dinilai (\(open.count))", "Could not be judged (\(open.count))"))),
                .p(.plain(lang("Jawaban berikut akan membantu menilai tanda bahaya ini.", "These answers would settle these red flags."))),
                .ul(.class("not-judged"), .forEach(open) { u in
                    .li(.strong(.plain(lang(u.title))), .plain(" — " + lang(u.reason)),
                        .forEach(Array(Set(u.questions.map(OfferStep.asking))).sorted { $0.order < $1.order }) { step in
                            .button(.type(.submit), .class("secondary small"), .name("goto"), .value(step.rawValue),
                                    .plain(lang("Jawab: ", "Answer: ") + OfferStepViews.heading(step, rules: rules, lang: lang)))
                        })
                }))),
            .div(.class("actions"),
                 .button(.type(.submit), .class("secondary"), .name("go"), .value("back"), .plain(lang("Ubah jawaban", "Change answers"))),
                 .a(.href(OfferStepViews.localised(SiteRoute.offerCheck.path, lang)), .plain(lang("Periksa tawaran lain", "Check another offer")))))
    }

    private static func report(_ o: OfferCheckOutcome, rules: OfferRules, lang: Lang) -> Node {
        .section(.class("report-offer"), .id("laporkan"),
                 .h2(.plain(lang("Laporkan lowongan ini", "Report this offer"))),
                 .p(.plain(lang("Bila Anda mau, jawaban Anda dibawa ke formulir laporan Gugus Tugas. Anda bisa memeriksa dan mengubahnya di sana; tidak ada yang disimpan sampai Anda mengirim laporan.",
                                "If you wish, your answers are carried into the task force's report form. You can check and change them there; nothing is kept until you send the report."))),
                 .form(.method(.post), .action(SiteRoute.reportStep.path),
                       .forEach(OfferReportPrefill.fields(o, rules: rules, lang: lang)) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
                       .button(.type(.submit), .plain(lang("Laporkan lowongan ini", "Report this offer")))))
    }
}

extension OfferStep {
    /// The page's place in the checker.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
