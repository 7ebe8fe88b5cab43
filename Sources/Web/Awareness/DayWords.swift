import Law
import OfferCheck

/// Days as people read them on the public pages: "22 November 2017", "April 2025".
enum DayWords {
    private static let monthsID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                                   "Oktober", "November", "Desember"]
    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                   "October", "November", "December"]

    static func day(_ d: CalendarDay, _ lang: Lang) -> String { day(d.year, d.month, d.day, lang) }

    static func day(_ d: CivilDate, _ lang: Lang) -> String { day(d.year, d.month, d.day, lang) }

    private static func day(_ year: Int, _ month: Int, _ day: Int, _ lang: Lang) -> String {
        "\(day) \(Self.month(month, lang)) \(year)"
    }

    /// A "YYYY-MM" month (a help line's last check) in words; the text itself if it is not one.
    static func month(_ yearMonth: String, _ lang: Lang) -> String {
        let parts = yearMonth.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return yearMonth }
        return "\(month(m, lang)) \(y)"
    }

    private static func month(_ m: Int, _ lang: Lang) -> String {
        lang.isEnglish ? monthsEN[m - 1] : monthsID[m - 1]
    }
}
