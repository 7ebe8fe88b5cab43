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

    /// A number as the reader writes it, with `decimals` places: Indonesian digit grouping and
    /// decimal comma (1.234,5), or English (1,234.5).
    public func number(_ x: Double, decimals: Int) -> String {
        let negative = x < 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(x) * scale).rounded())
        let whole = scaled / Int64(scale), fraction = scaled % Int64(scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = (isEnglish ? "," : ".") + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let f = String(fraction)
            grouped += (isEnglish ? "." : ",") + String(repeating: "0", count: decimals - f.count) + f
        }
        return (negative ? "-" : "") + grouped
    }

    /// A setting's decimal value as the reader writes it, with as many places as it has (at least
    /// one: "2,5", "1,0", "0,05").
    public func decimal(_ value: Double) -> String {
        let places = String(value).split(separator: ".").dropFirst().first.map { min($0.count, 6) } ?? 1
        return number(value, decimals: max(1, places))
    }
}
