import Cases

extension CalendarDate {
    /// Days since 1970-01-01 (negative before it), by `CivilDays`.
    public var dayNumber: Int { CivilDays.number(year: year, month: month, day: day) }

    /// The date `dayNumber` days after 1970-01-01, clamped to the range CalendarDate accepts
    /// (1900–9999) because a deadline past year 9999 means nothing to anyone.
    public init(dayNumber: Int) {
        let (y, m, d) = CivilDays.date(dayNumber)
        if y < 1900 { self = CalendarDate(year: 1900, month: 1, day: 1)! }
        else if y > 9999 { self = CalendarDate(year: 9999, month: 12, day: 31)! }
        else { self = CalendarDate(year: y, month: m, day: d)! }
    }

    /// This date moved by `days` calendar days (negative moves back).
    public func addingDays(_ days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Calendar days from this date to `later`; negative when `later` is earlier.
    public func days(until later: CalendarDate) -> Int {
        later.dayNumber - dayNumber
    }
}
