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
        guard let date = Self.parse(timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: hoursFromUTC * 3600)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d ", c.year!, c.month!, c.day!, c.hour!, c.minute!) + label
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
