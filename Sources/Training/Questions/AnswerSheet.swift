import Law

/// Answers to a study's questions, the officer's or the engine's, read the same way by grading.
public protocol AnswerSheet {
    var verdict: NationalVerdict { get }
    var elements: [PalermoPart: ElementAnswer] { get }
    var articles: Set<String> { get }
    var aggravations: Set<String> { get }
    var rights: Set<String> { get }
}

extension AnswerSheet {
    /// The options given for a question; elements are answered one by one (``elements``).
    public func options(_ question: StudyQuestion) -> Set<String> {
        switch question {
        case .verdict: [verdict.rawValue]
        case .element: []
        case .article: articles
        case .aggravation: aggravations
        case .right: rights
        }
    }
}
