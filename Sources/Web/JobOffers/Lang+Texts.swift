import Law
import OfferCheck

extension Lang {
    /// A text of the job-offer rules in this page's language.
    func callAsFunction(_ text: OfferText) -> String { isEnglish ? text.en : text.id }

    /// A text of the law engine in this page's language.
    func callAsFunction(_ text: Bilingual) -> String { isEnglish ? text.en : text.id }
}
