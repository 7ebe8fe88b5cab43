import Foundation

/// A date without a time (YYYY-MM-DD), as the law and forms speak of dates.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.days(in: month, of: year), year >= 1900, year <= 9999
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses strict ISO `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(_ date: Date) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    public var description: String {
        "\(zeroPadded(year, 4))-\(zeroPadded(month, 2))-\(zeroPadded(day, 2))"
    }

    /// In JSON a date is its ISO text, `"2026-11-20"`, as API clients expect.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "\(text.prefix(20)) is not a date (YYYY-MM-DD)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Validates an optional date field into `v`, naming the field.
    public static func validate(_ raw: String?, field: String, label: (id: String, en: String), required: Bool,
                                notAfter today: Date, into v: inout Validator) -> CalendarDate? {
        let s = raw?.trimmingCharacters(in: .whitespaces) ?? ""
        if s.isEmpty {
            if required { v.fail(field, id: "\(label.id) wajib diisi", en: "\(label.en) is required") }
            return nil
        }
        guard let d = CalendarDate(iso: s) else {
            v.fail(field, id: "\(label.id) harus berupa tanggal TTTT-BB-HH, bukan '\(s)'",
                   en: "\(label.en) must be a date YYYY-MM-DD, not '\(s)'")
            return nil
        }
        if d > CalendarDate(today) {
            v.fail(field, id: "\(label.id) tidak boleh di masa depan", en: "\(label.en) cannot be in the future")
            return nil
        }
        return d
    }
}
