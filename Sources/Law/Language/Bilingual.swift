/// The two languages every answer of the law engine is written in.
public enum ScreeningLanguage: String, Sendable, Codable, CaseIterable {
    case indonesian = "id"
    case english = "en"
}

/// A text in Indonesian and English. Officers, social workers and victims read Indonesian;
/// partner agencies and auditors read English, so every explanation carries both.
public struct Bilingual: Sendable, Hashable, Codable {
    /// Bahasa Indonesia.
    public let id: String
    /// English.
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The text in one language.
    public func text(_ language: ScreeningLanguage) -> String {
        language == .indonesian ? id : en
    }
}
