/// A list that changes by ministerial decision (the 21 countries of Kepmenaker 260/2015, the
/// ten fee-exempt jobs), dated and sourced as a whole and entry by entry. Lifting a ban for a
/// country is setting its entry's `valid_until`; imposing one is adding an entry.
public struct RuleList: Sendable, Hashable, Codable, Identifiable {
    /// `country` (ISO 3166-1 alpha-2 values) or `job` (``JobCategory`` codes).
    public var code: String
    public var kind: String
    public var title: OfferText
    public var validFrom: CalendarDay?
    public var validUntil: CalendarDay?
    public var confidence: BasisConfidence
    public var source: String
    public var dateNote: OfferText?
    /// What a flag says when a value is on the list; `{name}` stands for the entry's name.
    public var hitNote: OfferText?
    /// Sources added to a flag's basis when the list made it fire.
    public var basis: [LegalBasis]
    public var entries: [ListEntry]

    public var id: String { code }
    public var valid: DayRange { DayRange(from: validFrom, until: validUntil) }

    /// The entry for `value` if the list and the entry both hold on `day`.
    public func entry(_ value: String, on day: CalendarDay) -> ListEntry? {
        guard valid.contains(day) else { return nil }
        return entries.first { $0.value == value && $0.valid.contains(day) }
    }

    enum CodingKeys: String, CodingKey {
        case code, kind, title, confidence, source, basis, entries
        case validFrom = "valid_from"
        case validUntil = "valid_until"
        case dateNote = "date_note"
        case hitNote = "hit_note"
    }
}

/// One value on a list, with its own dates and caveats.
public struct ListEntry: Sendable, Hashable, Codable {
    public var value: String
    public var name: OfferText
    public var validFrom: CalendarDay?
    public var validUntil: CalendarDay?
    public var notes: [DatedNote]?

    public var valid: DayRange { DayRange(from: validFrom, until: validUntil) }

    enum CodingKeys: String, CodingKey {
        case value, name, notes
        case validFrom = "valid_from"
        case validUntil = "valid_until"
    }
}
