import Cases

extension CalendarDate {
    /// Days since 1970-01-01 (negative before it). Pure integer arithmetic, so a deadline never
    /// depends on the machine's time zone or clock.
    public var dayNumber: Int {
        // Howard Hinnant's days-from-civil algorithm, proleptic Gregorian.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, clamped to the range CalendarDate accepts
    /// (1900–9999) because a deadline past year 9999 means nothing to anyone.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
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
