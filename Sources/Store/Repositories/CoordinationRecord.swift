import Cases
import Coordination

/// What the store needs to know of each coordination record to file it: which agency works on
/// it (the owner: the receiving agency of a referral, the responsible agency of a service),
/// which other agency is a party, whether it is still open and when it is due.
public protocol CoordinationRecord: Versioned, HistoryStamping, Codable, Sendable, Identifiable where ID == String {
    static var kind: String { get }
    var recordCaseID: String? { get }
    var recordVictimID: String? { get }
    var ownerAgencyID: String { get }
    var otherAgencyID: String? { get }
    var statusCode: String { get }
    var isOpen: Bool { get }
    var recordDueOn: CalendarDate? { get }
    /// What a work list shows of it: the service's code, or a task's title.
    var workSummary: String { get }
    /// Narrower than the owner agency: a role or one user there (tasks only).
    var assigneeRole: Role? { get }
    var assigneeUserID: String? { get }
    /// The supervising agency once a task is escalated; it then sees the task too.
    var escalatedAgencyID: String? { get }
    /// The `closed_on` column, for the HTCDS export (M036): the day a protection item was
    /// delivered or recorded as not delivered, '' while it is open; nil for every other kind.
    var closedOnColumn: String? { get }
}

extension CoordinationRecord {
    public var closedOnColumn: String? { nil }
    public var assigneeRole: Role? { nil }
    public var assigneeUserID: String? { nil }
    public var escalatedAgencyID: String? { nil }
}

extension Referral: CoordinationRecord {
    public static let kind = "referral"
    public var recordCaseID: String? { caseID }
    public var recordVictimID: String? { victimID }
    public var ownerAgencyID: String { toAgencyID }
    public var otherAgencyID: String? { fromAgencyID }
    public var statusCode: String { status.rawValue }
    public var isOpen: Bool { status.isOpen }
    public var recordDueOn: CalendarDate? { dueOn }
    public var workSummary: String { service.rawValue }
}

extension ProtectionItem: CoordinationRecord {
    public static let kind = "protection"
    public var recordCaseID: String? { caseID }
    public var recordVictimID: String? { victimID }
    public var ownerAgencyID: String { responsibleAgencyID }
    public var otherAgencyID: String? { requestedByAgencyID == responsibleAgencyID ? nil : requestedByAgencyID }
    public var statusCode: String { status.rawValue }
    public var isOpen: Bool { status == .requested || status == .inProgress }
    public var recordDueOn: CalendarDate? { dueOn }
    public var closedOnColumn: String? { closedOn?.description ?? "" }
    /// The service's code: the HTCDS export reads it from this column (M036).
    public var workSummary: String { service.rawValue }
}

extension Restitution: CoordinationRecord {
    public static let kind = "restitution"
    public var recordCaseID: String? { caseID }
    public var recordVictimID: String? { victimID }
    public var ownerAgencyID: String { responsibleAgencyID }
    public var otherAgencyID: String? { nil }
    public var statusCode: String { status.rawValue }
    public var isOpen: Bool { status != .paid }
    public var recordDueOn: CalendarDate? { deadline?.dueOn }
    public var workSummary: String { status.rawValue }
}

extension JusticeTrack: CoordinationRecord {
    public static let kind = "justice"
    public var recordCaseID: String? { caseID }
    public var recordVictimID: String? { nil }
    public var ownerAgencyID: String { history.first?.byAgencyID ?? "" }
    public var otherAgencyID: String? { nil }
    public var statusCode: String { stage.rawValue }
    public var isOpen: Bool { stage != .final && stage != .discontinued }
    public var recordDueOn: CalendarDate? { nil }
    public var workSummary: String { stage.rawValue }
}

extension CoordinationTask: CoordinationRecord {
    public static let kind = "task"
    public var recordCaseID: String? { caseID }
    public var recordVictimID: String? { nil }
    public var ownerAgencyID: String { assignee.agencyID }
    public var otherAgencyID: String? { createdByAgencyID == assignee.agencyID ? nil : createdByAgencyID }
    public var statusCode: String { status.rawValue }
    public var isOpen: Bool { status == .open }
    public var recordDueOn: CalendarDate? { dueOn }
    public var workSummary: String { title }
    public var assigneeRole: Role? { assignee.role }
    public var assigneeUserID: String? { assignee.userID }
    public var escalatedAgencyID: String? { escalatedOn == nil ? nil : supervisor.agencyID }
}
