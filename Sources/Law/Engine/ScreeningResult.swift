/// The screening of one set of facts: the contract's fixed fields (`palermo`, `national`,
/// `victimRights`, `instruments`, `divergences`, `explanation`) and what helps a user act on it.
public struct ScreeningResult: Sendable, Encodable {
    /// The dates the screening used: `date` of the acts (if known) and `asOf`.
    public let assessed: Assessed
    public let palermo: PalermoFinding
    public let national: NationalFinding
    /// Provisions that protect this victim, e.g. `UU 21/2007 Pasal 44`.
    public let victimRights: [String]
    /// International instruments engaged: `Palermo Protocol`, `CRC`, `CEDAW`, `ICRMW`, `ILO C29`, …
    public let instruments: [String]
    public let divergences: [Divergence]
    /// Element by element: which fact met which element of which provision.
    public let explanation: [ExplanationLine]
    /// Facts to establish next, those that would change a verdict first.
    public let nextFacts: [NextFact]
    /// Points where the law is unsettled, each with the alternatives.
    public let unsettled: [UnsettledPoint]
    /// Related law and court practice worth knowing for these facts.
    public let notes: [Note]
    /// Where each cited provision was read, how sure that is, and when it was in force.
    public let sources: [SourceRef]

    public struct Assessed: Sendable, Encodable {
        public let date: CivilDate?
        public let asOf: CivilDate
    }
}

/// Palermo Protocol Art. 3: `trafficking`, `not_trafficking` or `undetermined`.
public enum PalermoVerdict: String, Sendable, Encodable {
    case trafficking
    case notTrafficking = "not_trafficking"
    case undetermined
}

/// An element of the Palermo definition.
public enum PalermoElement: String, Sendable, Encodable {
    case act, means, purpose, age
}

public struct PalermoFinding: Sendable, Encodable {
    public let verdict: PalermoVerdict
    /// The elements not established (not met, or not known).
    public let missing: [PalermoElement]
}

/// Under Indonesian law as it applies to the acts on `date`, assessed on `asOf`.
public enum NationalVerdict: String, Sendable, Encodable {
    case offence
    case noOffence = "no_offence"
    case undetermined
}

/// How an element stands on the facts.
public enum ElementStatus: String, Sendable, Encodable {
    case met
    case notMet = "not_met"
    case unknown
    case notRequired = "not_required"
}

/// One step of the reasoning: a fact (or its absence) against an element of a provision.
public struct ExplanationLine: Sendable, Encodable {
    /// The provision as the engine knows it (not encoded: `provision` is its citation).
    public let provisionID: ProvisionID
    /// The provision, e.g. `Palermo Protocol Art. 3(a)` or `UU 21/2007 Pasal 2 ayat (1)`.
    public let provision: String
    /// The element: `act`, `means`, `purpose`, `age`, `place`, …
    public let element: String
    public let status: ElementStatus
    /// The fact fields it rests on, e.g. `["acts"]`.
    public let facts: [String]
    public let id: String
    public let en: String

    enum CodingKeys: String, CodingKey { case provision, element, status, facts, id, en }
}

/// A fact to establish next.
public struct NextFact: Sendable, Encodable, Hashable {
    /// What the fact would change: a verdict, which articles apply (and with them the penalty),
    /// the penalty, the victim's rights, or which law applies.
    public enum Affects: String, Sendable, Encodable { case verdict, articles, penalty, rights, law }
    /// The facts field, e.g. `means` or `victim.age`.
    public let field: String
    public let affects: Affects
    public let id: String
    public let en: String
}

/// Where the international standard and national law answer differently.
public struct Divergence: Sendable, Encodable {
    /// `act_list`, `means_list`, `child_rule`, `means_cross_border`, `place_of_exploitation`,
    /// `exploitation_scope`, `failed_incitement`, `conspiracy`, `user_liability`, `verdicts_differ`.
    public let code: String
    public let id: String
    public let en: String
}

/// A point the sources leave open, with the readings and (where it is a penalty) their numbers.
public struct UnsettledPoint: Sendable, Encodable {
    /// `third_computation`, `aggravation_stacking`, `aggravation_with_death`, `kuhp455_minimum`,
    /// `uu1_2026_adjustment`, `pasal7_base`, `pasal6_domestic`, `corporate_fine_after_2026`.
    public let code: String
    public let id: String
    public let en: String
    public let alternatives: [Alternative]
    /// Where the point was seen to be open.
    public let sources: String

    /// One reading of the open point, with the penalty it gives where it is about a penalty.
    public struct Alternative: Sendable, Encodable {
        public let id: String
        public let en: String
        /// The reading the headline answer uses.
        public let primary: Bool
        public let penalty: Penalty?
    }
}

/// Related law or court practice, with its source.
public struct Note: Sendable, Encodable {
    /// `smuggling`, `labour_violation`, `child_labour`, `child_protection_law`, `tpks`, `migrant_worker_law`,
    /// `pimping_practice`, `pasal17_practice`, `pasal8_practice`, `identity_and_restitution`.
    public let code: String
    public let id: String
    public let en: String
    public let source: String
}

/// A cited provision with its provenance.
public struct SourceRef: Sendable, Encodable {
    public let citation: String
    public let title: Bilingual
    public let source: String
    public let confidence: Confidence
    public let inForce: InForce
    public let caveat: Bilingual?
}
