/// The answer under Indonesian law.
public struct NationalFinding: Sendable, Encodable {
    public let verdict: NationalVerdict
    /// Offence and aggravation provisions the facts meet, `UU 21/2007 Pasal N` or `KUHP Pasal 455`.
    public let articles: [String]
    /// The gravest applicable provision's range, aggravations applied; `nil` unless an offence.
    public let penalty: Penalty?
    /// The provision whose range `penalty` is.
    public let penaltyProvision: String?
    /// Which version of the law was applied and why, English then Indonesian.
    public let lawApplied: String
    public let lawAppliedText: Bilingual
    /// `uu21_2007`, `kuhp_2023_lighter_later_law`, `kuhp_2023`, `kuhp_2023_either_way`, …
    public let lawVersion: String
    /// Each applied provision with its part (ayat) and role.
    public let provisions: [AppliedProvision]
    public let additionalPenalties: [Bilingual]
    /// The fine on a corporation (Pasal 15), when the perpetrator is one.
    public let corporatePenalty: CorporatePenalty?
    /// When the facts decide which article applies but not whether one does: the alternatives and
    /// the facts that choose between them. `articles` then holds every alternative's articles and
    /// `penalty` the range across them.
    public let fork: ArticleFork?

    enum CodingKeys: String, CodingKey {
        case verdict, articles, penalty, penaltyProvision, lawApplied, lawAppliedText, lawVersion, provisions
        case additionalPenalties, corporatePenalty, fork
    }

    // `penalty` is written as null when there is none, as the contract fixes the field.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(articles, forKey: .articles)
        try c.encode(penalty, forKey: .penalty)
        try c.encodeIfPresent(penaltyProvision, forKey: .penaltyProvision)
        try c.encode(lawApplied, forKey: .lawApplied)
        try c.encode(lawAppliedText, forKey: .lawAppliedText)
        try c.encode(lawVersion, forKey: .lawVersion)
        try c.encode(provisions, forKey: .provisions)
        try c.encode(additionalPenalties, forKey: .additionalPenalties)
        try c.encodeIfPresent(corporatePenalty, forKey: .corporatePenalty)
        try c.encodeIfPresent(fork, forKey: .fork)
    }
}

/// A provision applied to the facts, with why.
public struct AppliedProvision: Sendable, Encodable, Hashable {
    public enum Role: String, Sendable, Encodable {
        case offence, aggravation, participation, corporate
        /// The provision in force when the acts took place, displaced by a lighter later law.
        case atTimeOfActs = "at_time_of_acts"
    }
    public let provisionID: ProvisionID
    /// With its part: `UU 21/2007 Pasal 7 ayat (2)`.
    public let citation: String
    public let role: Role
    public let confidence: Confidence

    enum CodingKeys: String, CodingKey { case citation, role, confidence }
}

/// Pasal 15: the corporation's own fine and additional penalties.
public struct CorporatePenalty: Sendable, Encodable {
    public let fineMinRp: Int?
    public let fineMaxRp: Int?
    public let additional: [Bilingual]
    public let confidence: Confidence
}
