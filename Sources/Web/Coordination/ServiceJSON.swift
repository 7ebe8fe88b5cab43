import Cases
import Coordination
import Foundation

/// A protection service as the API gives it: the stored record, and beside it what the page
/// shows — the due date, the law it comes from, and how many days late it is today
/// ("Terlambat 2 hari"), so that a client need not compute deadlines of its own.
struct ServiceJSON: Encodable {
    let item: ProtectionItem
    let today: CalendarDate

    enum Extra: String, CodingKey { case dueOn, deadline, daysLate, late }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var c = encoder.container(keyedBy: Extra.self)
        try c.encodeIfPresent(item.dueOn, forKey: .dueOn)
        try c.encodeIfPresent(item.deadline, forKey: .deadline)
        let days = item.daysLate(today: today)
        try c.encode(days, forKey: .daysLate)
        try c.encode(days > 0, forKey: .late)
    }

    static func list(_ items: [ProtectionItem], today: CalendarDate = CalendarDate(Date())) -> [ServiceJSON] {
        items.map { ServiceJSON(item: $0, today: today) }
    }
}
