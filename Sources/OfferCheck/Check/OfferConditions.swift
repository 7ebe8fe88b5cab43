/// The condition of every red flag, keyed by the rule's code. The rules' words, basis, dates
/// and lists are data; only the reading of the answers is code.
public enum OfferConditions {
    /// The rule codes that have a condition; a test checks they are exactly the data's rules.
    public static var codes: Set<String> { Set(all.keys) }

    static let all: [String: OfferCondition] = agency
        .merging(money) { a, _ in a }
        .merging(documents) { a, _ in a }
        .merging(destination) { a, _ in a }
        .merging(conduct) { a, _ in a }
}
