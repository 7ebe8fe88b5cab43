/// One answer of one item, marked.
public struct GradedItem: Sendable, Hashable, Codable {
    public enum Mark: String, Sendable, Hashable, Codable, CaseIterable {
        /// Chosen, and right.
        case correct
        /// Right, but not chosen (terlewat).
        case missed
        /// Chosen, but wrong (salah pilih).
        case extra
    }

    public let question: StudyQuestion
    /// The option: a verdict, a citation, or for an element `part.answer` (`means.not_required`).
    public let option: String
    public let mark: Mark

    public init(question: StudyQuestion, option: String, mark: Mark) {
        self.question = question
        self.option = option
        self.mark = mark
    }

    /// The element and the answer of an element item.
    public var element: (part: PalermoPart, answer: ElementAnswer)? {
        guard question == .element else { return nil }
        let parts = option.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let p = PalermoPart(rawValue: parts[0]), let a = ElementAnswer(rawValue: parts[1]) else { return nil }
        return (p, a)
    }

    static func elementOption(_ part: PalermoPart, _ answer: ElementAnswer) -> String { "\(part.rawValue).\(answer.rawValue)" }
}
