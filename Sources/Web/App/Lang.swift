import Cases

/// The language a page is rendered in. Indonesian unless the reader chose English.
public struct Lang: Sendable {
    public let language: MessageLanguage

    public init(_ language: MessageLanguage) { self.language = language }

    public var isEnglish: Bool { language == .english }
    public var code: String { language.rawValue }

    /// Picks the text for this page's language.
    public func callAsFunction(_ id: String, _ en: String) -> String { isEnglish ? en : id }
    public func callAsFunction(_ pair: (id: String, en: String)) -> String { isEnglish ? pair.en : pair.id }

    /// A decimal number as the reader writes it: a decimal comma in Indonesian ("2,5").
    public func decimal(_ value: Double) -> String {
        let text = String(value)
        return isEnglish ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
