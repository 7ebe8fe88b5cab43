/// How sure the rules are of a source, as job-offer-facts.md grades it: high = primary text or
/// two consistent sources; med = one secondary source; low = inference; n/a = a sign, no article.
public enum BasisConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    case high, med, low
    case notApplicable = "n/a"
}

/// One provision a red flag rests on, with where the fact comes from and how sure it is.
public struct LegalBasis: Sendable, Hashable, Codable {
    /// Short name of the instrument: `UU 18/2017`, `Kepmenaker 260/2015`, an ILO guideline.
    public var instrument: String
    /// `Pasal 49`, `Pasal 72 huruf a jo. Pasal 86 huruf a`, or `—` where no article was found.
    public var provision: String
    public var summary: OfferText
    /// The instrument's first day in force, from the `instruments` table; nil for guidance.
    public var inForceFrom: CalendarDay?
    /// Where the date comes from when it needs a caveat.
    public var inForceNote: OfferText?
    public var source: String
    public var confidence: BasisConfidence
    /// A caveat, e.g. "no Indonesian article found".
    public var note: OfferText?

    enum CodingKeys: String, CodingKey {
        case instrument, provision, summary, source, confidence, note
        case inForceFrom = "in_force_from"
        case inForceNote = "in_force_note"
    }
}

/// A law, decree or guideline the rules cite, with the day it came into force.
public struct Instrument: Sendable, Hashable, Codable {
    public var name: String
    public var title: OfferText
    public var inForceFrom: CalendarDay?
    public var dateNote: OfferText?
    public var source: String

    enum CodingKeys: String, CodingKey {
        case name, title, source
        case inForceFrom = "in_force_from"
        case dateNote = "date_note"
    }
}
