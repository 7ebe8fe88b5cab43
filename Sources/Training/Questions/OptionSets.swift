import Law

/// The options offered for the questions that take several answers: every article, aggravation
/// and right that the engine gives for some study of the catalogue, so each study offers the
/// same list and its right answers are hidden among the others.
public struct OptionSets: Sendable {
    public let articles: [String]
    public let aggravations: [String]
    public let rights: [String]

    public init(keys: [AnswerKey]) {
        articles = Self.ordered(keys.flatMap(\.articles))
        aggravations = Self.ordered(keys.flatMap(\.aggravations))
        rights = Self.ordered(keys.flatMap(\.rights))
    }

    public func options(_ question: StudyQuestion) -> [String] {
        switch question {
        case .verdict: NationalVerdict.answerable.map(\.rawValue)
        case .element: ElementAnswer.allCases.map(\.rawValue)
        case .article: articles
        case .aggravation: aggravations
        case .right: rights
        }
    }

    /// By law, then by article number as a reader counts (Pasal 2 before Pasal 10).
    static func ordered(_ citations: [String]) -> [String] {
        Set(citations).sorted { a, b in
            let (la, na) = split(a), (lb, nb) = split(b)
            return la != lb ? la < lb : (na != nb ? na < nb : a < b)
        }
    }

    private static func split(_ citation: String) -> (String, Int) {
        let marker = citation.range(of: " Pasal ") ?? citation.range(of: " Art. ")
        guard let marker else { return (citation, 0) }
        let digits = citation[marker.upperBound...].prefix { $0.isNumber }
        return (String(citation[..<marker.lowerBound]), Int(digits) ?? 0)
    }
}
