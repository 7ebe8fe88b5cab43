import Cases
import Law
import Markup
import Training

/// `/pelatihan/{id}`: the story, then one fieldset per question. Plain radios and checkboxes,
/// so it works without JavaScript and on a phone.
enum StudyFormView {
    static func page(_ study: CaseStudy, assessedOn: CivilDate, options: OptionSets, chosen: FormData?, errors: [FieldError], chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        let text = { (b: Bilingual) in TrainingWords.text(b, lang) }
        func pairs(_ q: StudyQuestion, _ values: [String]) -> [(String, String)] { values.map { ($0, TrainingWords.option(q, $0, lang)) } }
        return Layout.page(text(study.title), chrome, bodyClass: "training", [
            FormViews.errorSummary(errors, lang: lang),
            .p(.class("hint"), .plain(text(study.course.title) + " · " + study.id)),
            .p(.plain(lang("Tanggal perbuatan: \(study.facts.date?.description ?? "tidak diketahui"); dinilai menurut hukum yang berlaku pada \(assessedOn).",
                           "Date of the acts: \(study.facts.date?.description ?? "not known"); assessed under the law as it stands on \(assessedOn)."))),
            .section(.class("narrative"), .attribute(named: "aria-label", value: lang("Kasus", "The case")),
                     .p(.plain(text(study.narrative))),
                     .p(.class("hint"), .plain(lang("Sumber: ", "Source: ") + text(study.source)))),
            .form(.method(.post), .action(SiteRoute.trainingStudy(study.id).path),
                Layout.csrfField(chrome.csrf),
                ReportStepViews.radios(StudyQuestion.verdict.field, legend: text(StudyQuestion.verdict.legend),
                                       pairs(.verdict, NationalVerdict.answerable.map(\.rawValue)),
                                       selected: chosen?[StudyQuestion.verdict.field], errors: errors, lang: lang),
                .fieldset(.class("field"), .element(named: "legend", text: text(StudyQuestion.element.legend)),
                    .forEach(PalermoPart.allCases) { part in
                        ReportStepViews.radios(part.field, legend: text(part.label),
                                               ElementAnswer.allCases.map { ($0.rawValue, text($0.label)) },
                                               selected: chosen?[part.field], errors: errors, lang: lang)
                    }),
                .forEach([StudyQuestion.article, .aggravation, .right]) { q in
                    ReportStepViews.checkboxes(q.field, legend: text(q.legend) + " " + lang("(pilih semua yang berlaku; boleh tidak ada)", "(choose all that apply; may be none)"),
                                               pairs(q, options.options(q)), selected: chosen?.all(q.field) ?? [], errors: errors, lang: lang)
                },
                .button(.type(.submit), .plain(lang("Periksa jawaban", "Check my answers")))),
            .p(.a(.href(SiteRoute.training.path), .plain(lang("Kembali ke daftar studi kasus", "Back to the case studies")))),
        ])
    }
}
