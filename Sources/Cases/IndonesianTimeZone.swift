import Foundation

/// Indonesia's three time zones (Keppres 41/1987): an officer in Kupang reads 09:00 WITA, not
/// 01:00 UTC. Times are stored in UTC and shown in the zone of the viewer's agency.
public enum IndonesianTimeZone: String, Sendable, CaseIterable {
    /// Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan.
    case wib
    /// Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi.
    case wita
    /// Waktu Indonesia Timur, UTC+9: Maluku and Papua.
    case wit

    public var hoursFromUTC: Int {
        switch self {
        case .wib: 7
        case .wita: 8
        case .wit: 9
        }
    }

    public var label: String { rawValue.uppercased() }

    /// The zone of a province (a national agency, with none, reads Jakarta time).
    public static func of(provinceCode: String?) -> IndonesianTimeZone {
        guard let code = provinceCode, let n = Int(code) else { return .wib }
        switch n {
        case 51...53, 63...65, 71...76: return .wita
        case 81...82, 91...96: return .wit
        default: return .wib
        }
    }

    /// A stored UTC timestamp (`2026-12-06T01:05:00.000Z`) as `2026-12-06 09:05 WITA`; the input as
    /// it is when it is not such a timestamp.
    public func format(_ timestamp: String) -> String {
        if let seconds = UTCStamp.seconds(timestamp) { return format(secondsSince1970: seconds) }
        guard let date = Self.parse(timestamp) else { return timestamp }
        return format(date)
    }

    /// A moment as `2026-12-06 09:05 WITA`.
    public func format(_ date: Date) -> String {
        format(secondsSince1970: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Worked out by arithmetic: every page showing a time formats it, and a date formatter or
    /// calendar made for each one cost more than the rest of a dashboard's figures.
    private func format(secondsSince1970 utc: Int) -> String {
        let local = utc + hoursFromUTC * 3600
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (y, m, d) = CivilDays.date(days)
        let minutes = (local - days * 86_400) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = y >= 0 && y < 10_000 ? String(repeating: "0", count: 4 - "\(y)".count) + "\(y)" : "\(y)"
        return "\(year)-\(two(m))-\(two(d)) \(two(minutes / 60)):\(two(minutes % 60)) \(label)"
    }

    static func parse(_ s: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: s) { return d }
        // Minute-rounded report times are stored as `YYYY-MM-DDTHH:MMZ`.
        if s.count == 17, s.hasSuffix("Z") { return f.date(from: String(s.dropLast()) + ":00Z") }
        return nil
    }
}

/// The shapes Simpul stores UTC times in — `2026-12-06T01:05:09.123Z`, `2026-12-06T01:05:09Z`
/// and, for report times rounded to the minute, `2026-12-06T01:05Z` — read by position. Any
/// other text is left to the date formatter.
enum UTCStamp {
    /// Seconds since 1970 (UTC), or nil when the text is not one of the shapes or not a real time.
    static func seconds(_ s: String) -> Int? {
        var s = s
        return s.withUTF8 { b -> Int? in
            guard b.count == 17 || b.count == 20 || (b.count > 21 && b[19] == UInt8(ascii: ".")),
                  b[b.count - 1] == UInt8(ascii: "Z"), b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
                  b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":") else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var n = 0
                for i in from..<(from + count) {
                    let c = b[i]
                    guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                    n = n * 10 + Int(c - UInt8(ascii: "0"))
                }
                return n
            }
            guard let y = number(0, 4), let m = number(5, 2), let d = number(8, 2), let h = number(11, 2),
                  let mi = number(14, 2) else { return nil }
            var sec = 0
            if b.count >= 20 {
                guard b[16] == UInt8(ascii: ":"), let v = number(17, 2) else { return nil }
                sec = v
                if b.count > 21 { guard number(20, b.count - 21) != nil else { return nil } }
            }
            guard (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y), h < 24, mi < 60, sec < 60 else { return nil }
            return CivilDays.number(year: y, month: m, day: d) * 86_400 + h * 3600 + mi * 60 + sec
        }
    }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

}
