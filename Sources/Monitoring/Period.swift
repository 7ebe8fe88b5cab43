import Cases
import Coordination

/// A span of days an indicator is counted over, named the way the reports name it:
/// `2025` (calendar year), `2025-Q3`, `2025-07`, or `TA2025` (tahun anggaran, the government's
/// fiscal year).
///
/// Indonesia's fiscal year runs 1 January – 31 December (UU 17/2003 Pasal 4), so `TA2025` covers
/// the same days as `2025`; it is kept as its own kind so that reports for the budget cycle say
/// so in their headings, and so that a change in the law is a change here only.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case year, quarter, month, fiscalYear = "fiscal_year"
    }

    public let kind: Kind
    public let year: Int
    /// The quarter (1–4) or month (1–12); 0 for years.
    public let part: Int

    public static func year(_ y: Int) -> Period { Period(kind: .year, year: y, part: 0) }
    public static func fiscalYear(_ y: Int) -> Period { Period(kind: .fiscalYear, year: y, part: 0) }
    public static func quarter(_ y: Int, _ q: Int) -> Period { Period(kind: .quarter, year: y, part: q) }
    public static func month(_ y: Int, _ m: Int) -> Period { Period(kind: .month, year: y, part: m) }

    private init(kind: Kind, year: Int, part: Int) {
        self.kind = kind
        self.year = year
        self.part = part
    }

    /// Parses the forms above; nil for anything else (the caller names the allowed forms).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        func year(_ s: Substring) -> Int? {
            guard s.count == 4, s.allSatisfy(\.isASCII), let y = Int(s), (1900...9999).contains(y) else { return nil }
            return y
        }
        if t.hasPrefix("TA"), let y = year(t.dropFirst(2)) {
            self = .fiscalYear(y)
        } else if let y = year(Substring(t)) {
            self = .year(y)
        } else if t.count == 7, let y = year(t.prefix(4)), t.dropFirst(4).first == "-" {
            let rest = t.dropFirst(5)
            if rest.first == "Q", let q = Int(rest.dropFirst()), (1...4).contains(q) {
                self = .quarter(y, q)
            } else if rest.allSatisfy(\.isNumber), let m = Int(rest), (1...12).contains(m) {
                self = .month(y, m)
            } else {
                return nil
            }
        } else {
            return nil
        }
    }

    public static let allowedForms = "YYYY, YYYY-Qn, YYYY-MM, TAYYYY"

    public var description: String {
        switch kind {
        case .year: return String(year)
        case .fiscalYear: return "TA\(year)"
        case .quarter: return "\(year)-Q\(part)"
        case .month: return "\(year)-\(part < 10 ? "0" : "")\(part)"
        }
    }

    /// The first and last day, both inclusive.
    public var firstDay: CalendarDate {
        switch kind {
        case .year, .fiscalYear: return CalendarDate(year: year, month: 1, day: 1)!
        case .quarter: return CalendarDate(year: year, month: (part - 1) * 3 + 1, day: 1)!
        case .month: return CalendarDate(year: year, month: part, day: 1)!
        }
    }

    public var lastDay: CalendarDate {
        let lastMonth: Int
        switch kind {
        case .year, .fiscalYear: lastMonth = 12
        case .quarter: lastMonth = part * 3
        case .month: lastMonth = part
        }
        return CalendarDate(year: year, month: lastMonth, day: CalendarDate.days(in: lastMonth, of: year))!
    }

    public func contains(_ date: CalendarDate) -> Bool { date >= firstDay && date <= lastDay }

    /// The months (1–12) the period covers, in its year.
    public var months: ClosedRange<Int> { firstDay.month...lastDay.month }

    /// Labels for headings: "Triwulan III 2025" / "Q3 2025", "TA 2025" / "FY 2025".
    public var label: (id: String, en: String) {
        switch kind {
        case .year: return (String(year), String(year))
        case .fiscalYear: return ("TA \(year)", "FY \(year)")
        case .quarter:
            let roman = ["I", "II", "III", "IV"][part - 1]
            return ("Triwulan \(roman) \(year)", "Q\(part) \(year)")
        case .month:
            let id = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                      "Oktober", "November", "Desember"][part - 1]
            let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"][part - 1]
            return ("\(id) \(year)", "\(en) \(year)")
        }
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }
}
