import Cases

/// A deadline the law sets, counted in calendar days from a starting date
/// (`dueOn = startsOn + days`; a service given on `dueOn` is on time, the day after is one day late).
public struct LegalDeadline: Sendable, Hashable, Codable {
    /// The date the period runs from (the request, the notice of the final decision).
    public let startsOn: CalendarDate
    public let days: Int
    public let citation: LegalCitation

    public init(startsOn: CalendarDate, days: Int, citation: LegalCitation) {
        self.startsOn = startsOn
        self.days = days
        self.citation = citation
    }

    /// Seven days from the request for rehabilitation, repatriation and reintegration.
    public static func pasal52(requestedOn: CalendarDate) -> LegalDeadline {
        LegalDeadline(startsOn: requestedOn, days: 7, citation: .uu21Pasal52)
    }

    /// Seven days from the request for first aid to a victim in urgent need.
    public static func pasal53(requestedOn: CalendarDate) -> LegalDeadline {
        LegalDeadline(startsOn: requestedOn, days: 7, citation: .uu21Pasal53)
    }

    /// Fourteen days from notice of the final decision for paying restitution (unverified figure).
    public static func pasal50(noticeOn: CalendarDate) -> LegalDeadline {
        LegalDeadline(startsOn: noticeOn, days: 14, citation: .uu21Pasal50)
    }

    /// The last day that still meets the deadline.
    public var dueOn: CalendarDate { startsOn.addingDays(days) }

    /// Days past `dueOn` at `completedOn`, or at `today` while the thing is still not done; 0 when on time.
    public func daysLate(completedOn: CalendarDate?, today: CalendarDate) -> Int {
        max(0, dueOn.days(until: completedOn ?? today))
    }

    public func isLate(completedOn: CalendarDate?, today: CalendarDate) -> Bool {
        daysLate(completedOn: completedOn, today: today) > 0
    }

    /// Days left until `dueOn` counted from `today` (negative once passed).
    public func daysLeft(today: CalendarDate) -> Int { today.days(until: dueOn) }
}
