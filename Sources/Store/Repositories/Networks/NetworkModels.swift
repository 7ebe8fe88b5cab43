import Cases
import Networks

/// An entity as one case file records it, as far as the viewer may see it.
public struct EntityMention: Sendable, Hashable, Encodable {
    public let id: String
    public let caseID: String
    public let type: EntityType
    public let provider: String?
    /// A person of interest's part (`Networks.PersonRole` raw value).
    public let role: String?
    /// The suspect of the case this person of interest is.
    public let personID: String?
    /// As typed; nil when the viewer may not see values (roles without a need to know).
    public let value: String?
    /// The identifier could not be normalised: kept as typed, matched with nothing.
    public let malformed: Bool
    /// Why, when the viewer may see the value.
    public let problem: IdentifierProblem?
    /// Matched across cases by its keyed hash (false: a name, or malformed).
    public let keyed: Bool
    public let firstSeen: String?
    public let lastSeen: String?
    public let agencyID: String
    public let createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, caseID = "caseId", type, provider, role, personID = "personId", value, malformed, problem, keyed, firstSeen, lastSeen,
             agencyID = "agencyId", createdAt
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(caseID, forKey: .caseID); try c.encode(type, forKey: .type)
        try c.encode(provider, forKey: .provider); try c.encode(role, forKey: .role); try c.encode(personID, forKey: .personID)
        try c.encode(value, forKey: .value); try c.encode(malformed, forKey: .malformed)
        try c.encode(problem.map { "\($0)" }, forKey: .problem); try c.encode(keyed, forKey: .keyed)
        try c.encode(firstSeen, forKey: .firstSeen); try c.encode(lastSeen, forKey: .lastSeen)
        try c.encode(agencyID, forKey: .agencyID); try c.encode(createdAt, forKey: .createdAt)
    }
}

/// A link between two entities of one case: who holds a phone, a call, a transfer.
public struct EntityLink: Sendable, Hashable, Encodable {
    public let id: String
    public let caseID: String
    public let sourceID: String
    public let targetID: String
    /// `LinkKind` as written in link files: owns, contacted, transferred, …
    public let kind: String
    public let day: String?
    /// How many times on that day.
    public let count: Int
    /// Summed rupiah, for transfers.
    public let amount: Int64?

    enum CodingKeys: String, CodingKey {
        case id, caseID = "caseId", sourceID = "sourceId", targetID = "targetId", kind, day, count, amount
    }
}

/// The other cases in which one identifier appears, each as far as the viewer may see it.
public struct SeenElsewhere: Sendable, Hashable, Encodable {
    /// Other cases counted, at most `SeenElsewhere.countLimit`.
    public let otherCases: Int
    /// More than `countLimit` other cases: a hub (a terminal, a shelter, a big agency).
    public let isHub: Bool
    /// The provinces of the cases counted, by code.
    public let provinces: [String]
    /// The first few, newest first.
    public let cases: [OtherCase]

    public static let countLimit = 100
    /// How many of the other cases are listed one by one.
    public static let listed = 10

    public struct OtherCase: Sendable, Hashable, Encodable {
        /// Only when the viewer may see the case.
        public let caseID: String?
        public let number: String?
        public let provinceCode: String
        /// Whom to contact: the agencies holding the case.
        public let agencies: [Agency]
    }

    public static let none = SeenElsewhere(otherCases: 0, isHub: false, provinces: [], cases: [])
}

/// A case's entities and links, with where each identifier is seen elsewhere.
public struct CaseEntities: Sendable {
    public let caseID: String
    public let mentions: [EntityMention]
    public let links: [EntityLink]
    /// By mention id, for keyed identifiers seen in other cases.
    public let seen: [String: SeenElsewhere]
    /// Names in other cases that may be the same person or company, with the decisions on them.
    public let suggestions: [NameSuggestion]
    /// By mention id, how often public reports and job-offer checks named it (never shown to the public).
    public let namedByPublic: [String: PublicSightingCount]
    /// Whether the viewer may see the values (a need to know on this case).
    public let valuesShown: Bool
}

/// What adding an entity did.
public struct EntityAdded: Sendable {
    /// The entity, and the identifiers recorded with it (NIB, SIP3MI).
    public let mentions: [EntityMention]
    /// By mention id.
    public let seen: [String: SeenElsewhere]
    /// The agencies told that their case is now linked.
    public let notified: [Agency]
}
