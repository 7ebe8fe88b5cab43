/// An attempt marked item by item against the engine's answer.
public struct GradedAttempt: Sendable {
    public let items: [GradedItem]

    /// Right items over every item that counted (right, missed or chosen wrongly), in whole percent.
    public var score: Int {
        let counted = items.count
        guard counted > 0 else { return 100 }
        return items.filter { $0.mark == .correct }.count * 100 / counted
    }

    public var passed: Bool { score >= PassRule.minimumScore }

    public func items(_ question: StudyQuestion) -> [GradedItem] { items.filter { $0.question == question } }
}

/// When a study, and a course, count as passed.
public enum PassRule {
    /// A study is passed by an attempt that gets at least this share of its items right. A missed
    /// article weighs as much as a wrongly chosen one: both would change a charge.
    public static let minimumScore = 80
}

public enum Grading {
    /// Marks every item the key or the officer named: a right choice is `correct`, a right option
    /// left out `missed`, a wrong one chosen `extra`. For a one-answer question a wrong choice is
    /// both: the right answer missed, the chosen one extra.
    public static func grade(_ answer: OfficerAnswer, against key: AnswerKey) -> GradedAttempt {
        var items: [GradedItem] = []
        items += compare(.verdict, chosen: answer.options(.verdict), expected: key.options(.verdict))
        for part in PalermoPart.allCases {
            let chosen = answer.elements[part].map { [GradedItem.elementOption(part, $0)] } ?? []
            let expected = key.elements[part].map { [GradedItem.elementOption(part, $0)] } ?? []
            items += compare(.element, chosen: Set(chosen), expected: Set(expected))
        }
        for q in [StudyQuestion.article, .aggravation, .right] {
            items += compare(q, chosen: answer.options(q), expected: key.options(q))
        }
        return GradedAttempt(items: items)
    }

    private static func compare(_ q: StudyQuestion, chosen: Set<String>, expected: Set<String>) -> [GradedItem] {
        let right = expected.intersection(chosen).sorted().map { GradedItem(question: q, option: $0, mark: .correct) }
        let missed = expected.subtracting(chosen).sorted().map { GradedItem(question: q, option: $0, mark: .missed) }
        let extra = chosen.subtracting(expected).sorted().map { GradedItem(question: q, option: $0, mark: .extra) }
        return right + missed + extra
    }
}
