import Cases
import Foundation

/// A day without a time (`YYYY-MM-DD`), as laws, decrees and licences are dated: the project's
/// one calendar date (`Cases.CalendarDate`), whose `init(_ date:)` already takes the day in
/// Jakarta (WIB), where the rules are issued.
public typealias CalendarDay = CalendarDate

extension CalendarDate {
    /// Noon in Jakarta on this day: a moment that is this day in every Indonesian time zone.
    public var date: Date {
        var jakarta = Calendar(identifier: .gregorian)
        jakarta.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        return jakarta.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    /// Strict ISO `YYYY-MM-DD`, from part of a longer text.
    public init?(iso text: Substring) { self.init(iso: String(text)) }
}

/// A span of days during which a rule, a list or a list entry holds; either end may be open.
/// Both ends are inclusive: `valid_until` is the last day it holds.
public struct DayRange: Sendable, Hashable {
    public var from: CalendarDay?
    public var until: CalendarDay?

    public init(from: CalendarDay?, until: CalendarDay?) {
        self.from = from
        self.until = until
    }

    public func contains(_ day: CalendarDay) -> Bool {
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }
}
