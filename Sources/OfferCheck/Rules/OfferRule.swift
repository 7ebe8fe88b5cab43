/// How grave a red flag is. `serious`: the offer is likely unlawful or a trafficking risk;
/// `warning`: a legal requirement is missing and must be put right before leaving;
/// `signal`: a weak sign with no article behind it.
public enum FlagSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case serious, warning, signal

    public static func < (a: FlagSeverity, b: FlagSeverity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One red flag as data (`rules` in `offer-rules.json`). Its condition is code keyed by
/// `code` (``OfferConditions``); a test checks that every rule has one and every one a rule.
public struct OfferRule: Sendable, Hashable, Codable, Identifiable {
    public var code: String
    public var severity: FlagSeverity
    public var title: OfferText
    public var explanation: OfferText
    public var basis: [LegalBasis]
    /// Codes of ``OfferAction``s, in the order to show them.
    public var actions: [String]
    /// The answers the condition reads; those left open make the flag "not judged".
    public var questions: [OfferQuestion]
    /// Codes of the dated lists the condition consults.
    public var lists: [String]
    /// Caveats that hold from a day on (e.g. the LTSA since 17 Feb 2023).
    public var notes: [DatedNote]
    /// The same rule as a question for the village head; nil when it cannot be asked.
    public var checklist: ChecklistQuestion?
    public var validFrom: CalendarDay?
    public var validUntil: CalendarDay?

    public var id: String { code }
    public var valid: DayRange { DayRange(from: validFrom, until: validUntil) }

    enum CodingKeys: String, CodingKey {
        case code, severity, title, explanation, basis, actions, questions, lists, notes, checklist
        case validFrom = "valid_from"
        case validUntil = "valid_until"
    }
}

/// A rule asked of the village head who acknowledges the family permission letter.
public struct ChecklistQuestion: Sendable, Hashable, Codable {
    public var question: OfferText
    /// The answer that raises the flag.
    public var redFlagAnswer: YesNo

    enum CodingKeys: String, CodingKey {
        case question
        case redFlagAnswer = "red_flag_answer"
    }
}

/// A caveat that holds over a span of days; `unsettled` marks a status the sources leave open.
public struct DatedNote: Sendable, Hashable, Codable {
    public var from: CalendarDay?
    public var until: CalendarDay?
    public var status: String?
    public var text: OfferText
    /// Sources of the caveat, added to a flag's basis while the note holds.
    public var basis: [LegalBasis]?

    public var valid: DayRange { DayRange(from: from, until: until) }
    public var isUnsettled: Bool { status == "unsettled" }
}
