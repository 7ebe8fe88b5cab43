/// A company's or agency's name as one key, so that a name typed into a public report or a
/// job-offer check meets the same name recorded in a case file: capitals, punctuation and
/// abbreviation dots folded (`IdentifierText.words`), and the legal form ("PT", "CV", "Tbk",
/// "Sdn Bhd", "Ltd") left out, since it says nothing about which company it is. "PT. Maju
/// Jaya Abadi" and "maju jaya abadi, pt" give one key; two spellings of one word still differ.
public enum CompanyNameKey {
    /// Words of a legal form, in the normalised spelling.
    public static let legalForms: Set<String> = ["PT", "CV", "TBK", "SDN", "BHD", "LTD", "CO", "UD", "PERSERO", "INC", "LLC"]

    /// The key of `name`, nil when nothing but a legal form or punctuation was typed.
    public static func key(_ name: String) -> IdentifierKey? {
        guard case .success(let words) = IdentifierText.words(name, kind: .companyName) else { return nil }
        let kept = words.split(separator: " ").filter { !legalForms.contains(String($0)) }
        guard !kept.isEmpty else { return nil }
        return IdentifierKey(kind: .companyName, value: kept.joined(separator: " "))
    }
}
