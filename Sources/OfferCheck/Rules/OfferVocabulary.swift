/// A help line with the day its number was last checked ("YYYY-MM", nil when never checked).
public struct HelpLine: Sendable, Hashable, Codable {
    public var code: String
    public var name: OfferText
    public var number: String
    public var lastVerified: String?

    enum CodingKeys: String, CodingKey {
        case code, name, number
        case lastVerified = "last_verified"
    }
}

/// Something the person should do, with the help lines its text names.
public struct OfferAction: Sendable, Hashable, Codable {
    public var code: String
    public var text: OfferText
    public var helpLines: [String]

    enum CodingKeys: String, CodingKey {
        case code, text
        case helpLines = "help_lines"
    }
}

/// The words of one question of the form.
public struct QuestionText: Sendable, Hashable, Codable {
    public var code: OfferQuestion
    public var text: OfferText
}

/// The labels of one ``AnswerCode`` type (`job`, `visa_type`, `yes_no`, …).
public struct ChoiceSet: Sendable, Hashable, Codable {
    public struct Option: Sendable, Hashable, Codable {
        public var code: String
        public var label: OfferText
    }

    public var set: String
    public var options: [Option]

    /// The label of one code of the set.
    public func label(_ code: String) -> OfferText? { options.first { $0.code == code }?.label }
}

/// The overall verdict's words.
public struct VerdictText: Sendable, Hashable, Codable {
    public var code: OfferVerdict.Code
    public var title: OfferText
    public var advice: OfferText
}
