/// A question of the victim-identification questionnaire, in plain words, and what a "yes" means:
/// which indicators it shows and which case facts it suggests.
public struct Question: Sendable, Hashable, Encodable, Identifiable {
    public let id: String
    /// Short, everyday words, read aloud if needed.
    public let text: Bilingual
    /// ILO–EC operational indicators shown by a "yes".
    public let indicators: [String]
    /// ILO forced-labour indicators shown by a "yes".
    public let forcedLabour: [ForcedLabourIndicator]
    /// Case facts a "yes" suggests (for prefilling, to be confirmed by the officer).
    public let prefill: [PrefillEffect]
}

/// A case fact that a "yes" suggests. Encoded as "field:value", e.g. `means:debt_bondage`.
public enum PrefillEffect: Sendable, Hashable, Encodable, CustomStringConvertible {
    case act(CaseFacts.Act)
    case means(CaseFacts.Means)
    case exploitation(CaseFacts.ExploitationType)
    case compelledToOffend

    public var description: String {
        switch self {
        case .act(let a): "acts:\(a.rawValue)"
        case .means(let m): "means:\(m.rawValue)"
        case .exploitation(let t): "exploitation.types:\(t.rawValue)"
        case .compelledToOffend: "victimCompelledToOffend:true"
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension Question {
    static func q(_ id: String, _ idText: String, _ en: String, _ indicators: [String] = [],
                  _ forcedLabour: [ForcedLabourIndicator] = [], _ prefill: [PrefillEffect] = []) -> Question {
        Question(id: id, text: Bilingual(id: idText, en: en), indicators: indicators, forcedLabour: forcedLabour, prefill: prefill)
    }
}
