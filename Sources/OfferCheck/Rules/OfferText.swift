/// A text in Simpul's two languages: Indonesian first, English second.
public struct OfferText: Sendable, Hashable, Codable {
    /// Bahasa Indonesia.
    public let id: String
    /// English.
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }
}
