/// The red flags as questions for the village head (kepala desa) who acknowledges the family
/// permission letter (UU 18/2017 Pasal 13 huruf b). Each item is read from the same rule as the
/// public checker's flag — its question, title, basis and actions — so the two cannot disagree.
public struct VillageHeadChecklist: Sendable, Equatable, Codable {
    public let day: CalendarDay
    public let rulesVersion: Int
    public let items: [ChecklistItem]

    /// The checklist of the rules in force on `day`, serious first, then in the rules' order.
    public init(rules: OfferRules = .shipped, on day: CalendarDay) {
        self.day = day
        rulesVersion = rules.version
        items = rules.rules(on: day).enumerated()
            .compactMap { i, rule in rule.checklist.map { (i, ChecklistItem(rule: rule, question: $0, rules: rules, day: day)) } }
            .sorted { ($0.1.severity, $0.0) < ($1.1.severity, $1.0) }
            .map(\.1)
    }

    /// The items whose answer is the red-flag answer, keyed by rule code; unanswered items raise nothing.
    public func redFlags(_ answers: [String: YesNo]) -> [ChecklistItem] {
        items.filter { answers[$0.ruleCode] == $0.redFlagAnswer }
    }

    enum CodingKeys: String, CodingKey {
        case day, items
        case rulesVersion = "rules_version"
    }
}

/// One question for the official, with what a red-flag answer means.
public struct ChecklistItem: Sendable, Equatable, Codable {
    public let ruleCode: String
    public let severity: FlagSeverity
    public let question: OfferText
    /// The answer that raises the flag.
    public let redFlagAnswer: YesNo
    /// What that answer means: the flag's own title, explanation and basis.
    public let title: OfferText
    public let explanation: OfferText
    public let basis: [LegalBasis]
    public let actions: [OfferAction]

    init(rule: OfferRule, question: ChecklistQuestion, rules: OfferRules, day: CalendarDay) {
        ruleCode = rule.code
        severity = rule.severity
        self.question = question.question
        redFlagAnswer = question.redFlagAnswer
        title = rule.title
        explanation = rule.explanation
        basis = rule.basis.filter { $0.inForceFrom.map { $0 <= day } ?? true }
        actions = rule.actions.compactMap(rules.action)
    }

    enum CodingKeys: String, CodingKey {
        case severity, question, title, explanation, basis, actions
        case ruleCode = "rule_code"
        case redFlagAnswer = "red_flag_answer"
    }
}
