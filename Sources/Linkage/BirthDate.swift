import Foundation

/// A birth date as records hold it: full, year only, or unknown (0 for a missing part).
public struct BirthDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int = 0, day: Int = 0) {
        self.year = year; self.month = month; self.day = day
    }

    public var isFull: Bool { year > 0 && month > 0 && day > 0 }
    public var description: String {
        isFull ? String(format: "%04d-%02d-%02d", year, month, day) : (year > 0 ? "\(year)" : "")
    }

    /// Reads "YYYY-MM-DD", "YYYY/MM/DD", "DD-MM-YYYY", "DD/MM/YYYY" or "YYYY". Nil for anything
    /// else or an impossible date; an empty string is not a date either (the caller knows it is
    /// missing).
    public static func parse(_ raw: String) -> BirthDate? {
        var n: [Int] = []
        var cur = -1
        for b in raw.utf8 {
            if b >= 48 && b <= 57 {
                cur = (cur < 0 ? 0 : cur) * 10 + Int(b - 48)
                if cur > 9999 { return nil }
            } else if b == 45 || b == 47 || b == 46 || b == 32 {
                if cur >= 0 { n.append(cur); cur = -1 }
            } else {
                return nil
            }
        }
        if cur >= 0 { n.append(cur) }
        let date: BirthDate
        switch n.count {
        case 1: date = BirthDate(year: n[0])
        case 3 where n[0] > 31: date = BirthDate(year: n[0], month: n[1], day: n[2])
        case 3 where n[2] > 31: date = BirthDate(year: n[2], month: n[1], day: n[0])
        default: return nil
        }
        guard (1880...2100).contains(date.year) else { return nil }
        if n.count == 3 {
            guard (1...12).contains(date.month), (1...31).contains(date.day) else { return nil }
        }
        return date
    }

    /// The same date with day and month exchanged, when that is a date.
    var swapped: BirthDate? {
        guard isFull, day <= 12, day != month else { return nil }
        return BirthDate(year: year, month: day, day: month)
    }

    /// Whether two full dates differ by one slip of a clerk's hand: one digit of YYYYMMDD typed
    /// wrong, two neighbouring digits exchanged, or one part off by one (a day counted wrong,
    /// a year reckoned from an age, even where that changes two digits: 09 → 10).
    func oneSlipFrom(_ o: BirthDate) -> Bool {
        guard isFull, o.isFull, self != o else { return false }
        let parts = (year == o.year ? 0 : 1) + (month == o.month ? 0 : 1) + (day == o.day ? 0 : 1)
        if parts == 1, abs(year - o.year) + abs(month - o.month) + abs(day - o.day) == 1 { return true }
        func digits(_ d: BirthDate) -> [Int] {
            [d.year / 1000, d.year / 100 % 10, d.year / 10 % 10, d.year % 10, d.month / 10, d.month % 10, d.day / 10, d.day % 10]
        }
        let a = digits(self), b = digits(o)
        let diff = a.indices.filter { a[$0] != b[$0] }
        if diff.count == 1 { return true }
        return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
    }

    /// A key that a day–month swap does not change (blocking uses it).
    var swapInvariantKey: UInt64 {
        UInt64(year) << 16 | UInt64(min(day, month)) << 8 | UInt64(max(day, month))
    }

    /// Packs the date into 32 bits for compact storage.
    var packed: UInt32 { UInt32(year) << 16 | UInt32(month) << 8 | UInt32(day) }
    init(packed p: UInt32) { self.init(year: Int(p >> 16), month: Int(p >> 8 & 0xFF), day: Int(p & 0xFF)) }
}
