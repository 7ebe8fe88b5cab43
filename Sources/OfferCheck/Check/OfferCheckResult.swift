/// What the checker says about one offer, as the API sends it (stable snake_case keys and codes).
public struct OfferCheckResult: Sendable, Equatable, Codable {
    /// The day the rules were applied for (Jakarta).
    public let checkedOn: CalendarDay
    public let rulesVersion: Int
    public let verdict: OfferVerdict
    /// Raised red flags, serious first, then in the rules' order.
    public let flags: [RaisedFlag]
    /// Flags in force that the answers did not allow to judge, with the questions that would.
    public let notJudged: [UnjudgedFlag]
    public let unansweredQuestions: [OfferQuestion]
    /// What to do, in order; checking the agency always comes first.
    public let actions: [OfferAction]

    public var raisedCodes: [String] { flags.map(\.code) }
    public var notJudgedCodes: [String] { notJudged.map(\.code) }

    enum CodingKeys: String, CodingKey {
        case verdict, flags, actions
        case checkedOn = "checked_on"
        case rulesVersion = "rules_version"
        case notJudged = "not_judged"
        case unansweredQuestions = "unanswered_questions"
    }
}

/// The overall reading. Never "safe": at best no red flag was found in the answers given.
public struct OfferVerdict: Sendable, Equatable, Codable {
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// At least one serious flag.
        case highRisk = "high_risk"
        /// Warnings or signals, no serious flag.
        case someRisk = "some_risk"
        case noRedFlagFound = "no_red_flag_found"
    }

    public let code: Code
    public let title: OfferText
    /// Always tells the person to verify the agency.
    public let advice: OfferText
    /// How many questions were left open, when any were.
    public let note: OfferText?
}

/// A red flag the answers raise.
public struct RaisedFlag: Sendable, Equatable, Codable {
    public let code: String
    public let severity: FlagSeverity
    public let title: OfferText
    public let explanation: OfferText
    /// What in these answers raised it, and the caveats that hold on the day.
    public let details: [OfferText]
    public let basis: [LegalBasis]
    public let actions: [OfferAction]
    /// A list entry behind it is marked unsettled (e.g. Saudi Arabia after 14 March 2025).
    public let unsettled: Bool
}

/// A flag in force that could not be judged.
public struct UnjudgedFlag: Sendable, Equatable, Codable {
    public let code: String
    public let severity: FlagSeverity
    public let title: OfferText
    /// The questions whose answers would let it be judged; empty when only a registry lookup would.
    public let questions: [OfferQuestion]
    public let reason: OfferText
}
