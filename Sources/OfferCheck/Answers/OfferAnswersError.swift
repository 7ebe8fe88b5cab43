/// Answers the checker refuses. Nothing is guessed from a bad document: every problem is
/// listed, each naming its field (`age`, `payments[1].amount_rupiah`), the value found and the
/// reason in Indonesian and English, so a form can show each message beside its field.
public struct OfferAnswersError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// In the order of the contract's fields; never empty.
    public let problems: [OfferAnswersProblem]

    public init(_ problems: [OfferAnswersProblem]) {
        precondition(!problems.isEmpty, "an OfferAnswersError needs at least one problem")
        self.problems = problems
    }

    /// The fields with a problem, each once, in order.
    public var fields: [String] {
        var seen: Set<String> = []
        return problems.map(\.field).filter { seen.insert($0).inserted }
    }

    /// The problems of one field, for the message beside it.
    public func problems(for field: String) -> [OfferAnswersProblem] { problems.filter { $0.field == field } }

    public var description: String {
        problems.map { "\($0.message.id) / \($0.message.en)" }.joined(separator: "\n")
    }
}

/// One problem with one field.
public struct OfferAnswersProblem: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable {
        case malformedJSON = "malformed_json"
        case wrongType = "wrong_type"
        case unknownField = "unknown_field"
        case unknownValue = "unknown_value"
        case duplicate
        case outOfRange = "out_of_range"
        case tooLong = "too_long"
        case notACountry = "not_a_country"
        case notAbroad = "not_abroad"
        case negativeAmount = "negative_amount"
        case notAPhone = "not_a_phone"
        case contradiction
    }

    /// The JSON path: `age`, `payments[1].amount_rupiah`, or `(document)`.
    public let field: String
    /// What was found, shortened to 40 characters; nil when there is nothing to show.
    public let value: String?
    public let reason: Reason
    /// What is allowed there (codes or a description), for forms that offer a choice.
    public let allowed: [String]
    public let message: OfferText

    public init(field: String, value: String?, reason: Reason, allowed: [String] = [], message: OfferText) {
        self.field = field
        self.value = value.map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
        self.reason = reason
        self.allowed = allowed
        self.message = message
    }
}
