import Cases

/// One thing waiting on someone, whatever record it comes from, for the "my work" pages.
public struct WorkItem: Sendable, Hashable, Codable {
    public enum Kind: String, CoordinationCode {
        case task, referral
        case protectionItem = "protection_item"
        case restitution

        public var label: (id: String, en: String) {
            switch self {
            case .task: return ("Tugas", "Task")
            case .referral: return ("Rujukan masuk", "Incoming referral")
            case .protectionItem: return ("Layanan pelindungan", "Protection service")
            case .restitution: return ("Restitusi", "Restitution")
            }
        }
    }

    public let kind: Kind
    /// The id of the task, referral, protection item or restitution.
    public let id: String
    public let caseID: String?
    /// The task's title, or the code of the service or status it is about (for the view to label).
    public let summary: String
    public let dueOn: CalendarDate?
    public let assignee: TaskAssignee
    /// Where an escalated task also shows.
    public let escalatedTo: TaskAssignee?

    /// The victim it is about, if one (for the row to name, as the viewer may see her).
    public var victimID: String?
    /// The other party: the sending agency of a referral, the requesting one of a service.
    public var otherAgencyID: String?
    /// The record's status code, from which the next step is told.
    public var status: String?

    public init(kind: Kind, id: String, caseID: String?, summary: String, dueOn: CalendarDate?, assignee: TaskAssignee,
                escalatedTo: TaskAssignee?, victimID: String? = nil, otherAgencyID: String? = nil, status: String? = nil) {
        self.kind = kind
        self.id = id
        self.caseID = caseID
        self.summary = summary
        self.dueOn = dueOn
        self.victimID = victimID
        self.otherAgencyID = otherAgencyID
        self.status = status
        self.assignee = assignee
        self.escalatedTo = escalatedTo
    }

    /// True when the item belongs on `viewer`'s own list.
    public func isFor(_ viewer: Viewer) -> Bool {
        assignee.includes(viewer) || escalatedTo?.includes(viewer) == true
    }

    /// True when the item belongs on `agencyID`'s list.
    public func isFor(agencyID: String) -> Bool {
        assignee.agencyID == agencyID || escalatedTo?.agencyID == agencyID
    }
}

extension WorkItem {
    /// An open task; nil once done or cancelled.
    public init?(_ task: CoordinationTask) {
        guard task.status == .open else { return nil }
        self.init(kind: .task, id: task.id, caseID: task.caseID, summary: task.title, dueOn: task.dueOn,
                  assignee: task.assignee, escalatedTo: task.escalatedOn == nil ? nil : task.supervisor)
    }

    /// An open referral, on the receiving agency's list.
    public init?(_ referral: Referral) {
        guard referral.status.isOpen else { return nil }
        self.init(kind: .referral, id: referral.id, caseID: referral.caseID, summary: referral.service.rawValue,
                  dueOn: referral.dueOn, assignee: TaskAssignee(agencyID: referral.toAgencyID), escalatedTo: nil)
    }

    /// An open protection item, on the responsible agency's list, due at its legal deadline.
    public init?(_ item: ProtectionItem) {
        guard item.status.isOpen else { return nil }
        self.init(kind: .protectionItem, id: item.id, caseID: item.caseID, summary: item.service.rawValue,
                  dueOn: item.dueOn, assignee: TaskAssignee(agencyID: item.responsibleAgencyID), escalatedTo: nil)
    }

    /// Restitution still owed after notice of the final decision, due at the Pasal 50 deadline.
    public init?(_ restitution: Restitution) {
        guard let deadline = restitution.deadline, restitution.outstanding > 0 else { return nil }
        self.init(kind: .restitution, id: restitution.id, caseID: restitution.caseID,
                  summary: restitution.status.rawValue, dueOn: deadline.dueOn,
                  assignee: TaskAssignee(agencyID: restitution.responsibleAgencyID), escalatedTo: nil)
    }
}

extension WorkItem {
    /// What the agency does next, said plainly — a referral delivered but not yet started says
    /// "Mulai tangani" rather than only "due soon".
    public var nextStep: (id: String, en: String)? {
        switch (kind, status) {
        case (.referral, ReferralStatus.requested.rawValue?): ("Terima atau tolak rujukan", "Accept or decline the referral")
        case (.referral, ReferralStatus.accepted.rawValue?): ("Mulai tangani", "Start working on it")
        case (.referral, ReferralStatus.inProgress.rawValue?): ("Selesaikan dan catat hasilnya", "Complete it and record the outcome")
        case (.protectionItem, ProtectionStatus.requested.rawValue?): ("Mulai berikan layanan", "Start the service")
        case (.protectionItem, ProtectionStatus.inProgress.rawValue?): ("Catat layanan diberikan", "Record the service as delivered")
        case (.task, _): ("Kerjakan, lalu tandai selesai", "Do it, then mark it done")
        case (.restitution, _): ("Catat pembayaran restitusi", "Record the restitution paid")
        default: nil
        }
    }
}
