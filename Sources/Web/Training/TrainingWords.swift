import Cases
import Law
import Training

/// The words of the training pages for options and marks, in the reader's language.
enum TrainingWords {
    /// An option as the form and the result show it: a verdict or element answer by its label,
    /// a provision by its citation and title.
    static func option(_ question: StudyQuestion, _ option: String, _ lang: Lang) -> String {
        switch question {
        case .verdict:
            return NationalVerdict(rawValue: option).map { text($0.label, lang) } ?? option
        case .element:
            guard let e = GradedItem(question: .element, option: option, mark: .correct).element else { return option }
            return text(e.part.label, lang) + ": " + text(e.answer.label, lang)
        case .article, .aggravation, .right:
            guard let p = ProvisionCatalogue.provision(citedAs: option) ?? ProvisionCatalogue.all.first(where: { $0.articleCitation == option })
            else { return option }
            return option + " — " + text(p.title, lang)
        }
    }

    static func mark(_ mark: GradedItem.Mark, _ lang: Lang) -> String {
        switch mark {
        case .correct: lang("Benar", "Right")
        case .missed: lang("Terlewat", "Missed")
        case .extra: lang("Salah pilih", "Wrongly chosen")
        }
    }

    static func text(_ b: Bilingual, _ lang: Lang) -> String { lang(b.id, b.en) }

    /// A bad form field, named with the values it may hold.
    static func fieldError(_ e: AnswerFieldError) -> FieldError {
        let allowed = e.allowed.joined(separator: ", ")
        return FieldError(field: e.field, id: "Pilih jawaban untuk \(e.field); nilai yang boleh: \(allowed).",
                          en: "Choose an answer for \(e.field); allowed values: \(allowed).")
    }
}
