import Cases

/// A "my work" list: overdue first (most overdue at the top), then due soon (soonest first),
/// then the rest by due date, then items without one. `today` is given, never read from a clock.
public struct WorkQueue: Sendable, Hashable {
    public let today: CalendarDate
    public let entries: [Entry]

    public struct Entry: Sendable, Hashable {
        public let item: WorkItem
        public let urgency: Urgency
        /// Days overdue for `overdue`, days left otherwise; 0 without a due date.
        public let days: Int
    }

    public enum Urgency: String, CoordinationCode {
        case overdue
        case dueSoon = "due_soon"
        case later
        case noDueDate = "no_due_date"

        public var label: (id: String, en: String) {
            switch self {
            case .overdue: return ("Lewat tenggat", "Overdue")
            case .dueSoon: return ("Segera jatuh tempo", "Due soon")
            case .later: return ("Belum mendesak", "Not yet due")
            case .noDueDate: return ("Tanpa tenggat", "No due date")
            }
        }

        fileprivate var rank: Int { Urgency.allCases.firstIndex(of: self)! }
    }

    /// Orders `items`; an item due within `dueSoonWithin` days (today included) is due soon.
    public init(_ items: [WorkItem], today: CalendarDate, dueSoonWithin: Int = 3) {
        self.today = today
        self.entries = items.map { item in
            guard let due = item.dueOn else { return Entry(item: item, urgency: .noDueDate, days: 0) }
            let left = today.days(until: due)
            if left < 0 { return Entry(item: item, urgency: .overdue, days: -left) }
            return Entry(item: item, urgency: left <= dueSoonWithin ? .dueSoon : .later, days: left)
        }
        .sorted { a, b in
            if a.urgency != b.urgency { return a.urgency.rank < b.urgency.rank }
            let (x, y) = a.urgency == .overdue ? (b.days, a.days) : (a.days, b.days)
            return x != y ? x < y : (a.item.kind.rawValue, a.item.id) < (b.item.kind.rawValue, b.item.id)
        }
    }

    /// One user's list: what is assigned to them, to their role, or to their agency at large.
    public static func forUser(_ viewer: Viewer, _ items: [WorkItem], today: CalendarDate,
                               dueSoonWithin: Int = 3) -> WorkQueue {
        WorkQueue(items.filter { $0.isFor(viewer) }, today: today, dueSoonWithin: dueSoonWithin)
    }

    /// An agency's list: everything assigned to anyone in it.
    public static func forAgency(_ agencyID: String, _ items: [WorkItem], today: CalendarDate,
                                 dueSoonWithin: Int = 3) -> WorkQueue {
        WorkQueue(items.filter { $0.isFor(agencyID: agencyID) }, today: today, dueSoonWithin: dueSoonWithin)
    }

    public var overdue: [Entry] { entries.filter { $0.urgency == .overdue } }
    public var dueSoon: [Entry] { entries.filter { $0.urgency == .dueSoon } }
}
