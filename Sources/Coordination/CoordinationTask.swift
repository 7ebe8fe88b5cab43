import Cases

/// Who a task is for: an agency, optionally narrowed to a role in it or to one user.
public struct TaskAssignee: Sendable, Hashable, Codable {
    public let agencyID: String
    public let role: Role?
    public let userID: String?

    public init(agencyID: String, role: Role? = nil, userID: String? = nil) {
        self.agencyID = agencyID
        self.role = role
        self.userID = userID
    }

    /// True when `viewer` should find the task on "my work".
    public func includes(_ viewer: Viewer) -> Bool {
        guard viewer.agencyID == agencyID else { return false }
        if let userID { return userID == viewer.userID }
        if let role { return role == viewer.role }
        return true
    }
}

/// A piece of work one agency asks of another (or of itself) on a case, with a due date, that is
/// escalated to a supervisor once it is overdue by `escalateAfterDays`.
public struct CoordinationTask: Versioned, Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String?
    public let title: String
    public let createdByAgencyID: String
    public let createdOn: CalendarDate
    public internal(set) var assignee: TaskAssignee
    public let dueOn: CalendarDate
    /// Whom the task goes to when escalated (an agency head's role, the task-force secretariat…).
    public let supervisor: TaskAssignee
    public let escalateAfterDays: Int
    public internal(set) var status: TaskStatus
    public internal(set) var escalatedOn: CalendarDate?
    public internal(set) var closedOn: CalendarDate?
    public internal(set) var version: Int
    public internal(set) var history: [TransitionRecord]

    /// A new open task, version 1.
    public static func create(id: String, caseID: String?, title: String, by agencyID: String, on date: CalendarDate,
                              assignee: TaskAssignee, dueOn: CalendarDate, supervisor: TaskAssignee,
                              escalateAfterDays: Int = 3) throws(CoordinationError) -> CoordinationTask {
        guard let title = title.nonBlank else {
            throw .input("title", id: "Judul tugas wajib diisi", en: "The task needs a title")
        }
        guard dueOn >= date else {
            throw .input("dueOn", id: "Tenggat tidak boleh sebelum hari ini", en: "The due date cannot be in the past")
        }
        guard escalateAfterDays >= 0 else {
            throw .input("escalateAfterDays", id: "Jumlah hari tidak boleh negatif", en: "The number of days cannot be negative")
        }
        let created = TransitionRecord(on: date, byAgencyID: agencyID, action: TaskEvent.Action.create.rawValue,
                                       from: TaskStatus.open.rawValue, to: TaskStatus.open.rawValue, note: nil, version: 1)
        return CoordinationTask(id: id, caseID: caseID, title: title, createdByAgencyID: agencyID, createdOn: date,
                                assignee: assignee, dueOn: dueOn, supervisor: supervisor,
                                escalateAfterDays: escalateAfterDays, status: .open, escalatedOn: nil, closedOn: nil,
                                version: 1, history: [created])
    }

    /// Days past `dueOn` on `today` while open; 0 otherwise.
    public func daysOverdue(today: CalendarDate) -> Int {
        status == .open ? max(0, dueOn.days(until: today)) : 0
    }

    /// Open, not yet escalated, and overdue by at least `escalateAfterDays` (and at least one day).
    public func needsEscalation(today: CalendarDate) -> Bool {
        status == .open && escalatedOn == nil && daysOverdue(today: today) >= max(1, escalateAfterDays)
    }

    /// The tasks to escalate on `today`, most overdue first.
    public static func needingEscalation(_ tasks: [CoordinationTask], today: CalendarDate) -> [CoordinationTask] {
        tasks.filter { $0.needsEscalation(today: today) }
            .sorted { ($0.daysOverdue(today: today), $1.id) > ($1.daysOverdue(today: today), $0.id) }
    }

    /// The agencies that always see this task.
    public var parties: Set<String> { [createdByAgencyID, assignee.agencyID, supervisor.agencyID] }
}

extension CoordinationTask {
    /// A task as the store saved it. Use `create` and `apply` for changes; this only reloads.
    public init(restoring id: String, caseID: String?, title: String, createdByAgencyID: String, createdOn: CalendarDate,
                assignee: TaskAssignee, dueOn: CalendarDate, supervisor: TaskAssignee, escalateAfterDays: Int,
                status: TaskStatus, escalatedOn: CalendarDate?, closedOn: CalendarDate?, version: Int,
                history: [TransitionRecord]) {
        self.init(id: id, caseID: caseID, title: title, createdByAgencyID: createdByAgencyID, createdOn: createdOn,
                  assignee: assignee, dueOn: dueOn, supervisor: supervisor, escalateAfterDays: escalateAfterDays,
                  status: status, escalatedOn: escalatedOn, closedOn: closedOn, version: version, history: history)
    }
}
