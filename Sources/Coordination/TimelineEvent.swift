import Cases

/// What part of a case an event belongs to; a referral's grants are given per category.
public enum TimelineCategory: String, CoordinationCode {
    case caseRecord = "case"
    case referral, protection, restitution, justice, task

    public var label: (id: String, en: String) {
        switch self {
        case .caseRecord: return ("Kasus", "Case")
        case .referral: return ("Rujukan", "Referral")
        case .protection: return ("Pelindungan korban", "Victim protection")
        case .restitution: return ("Restitusi", "Restitution")
        case .justice: return ("Proses peradilan", "Justice")
        case .task: return ("Tugas", "Task")
        }
    }

    /// The grant that opens this category to a referral's receiving agency; nil where only the
    /// record's own parties may look (another agency's referrals and tasks).
    public var grant: ReferralGrant? {
        switch self {
        case .caseRecord: return .caseSummary
        case .protection, .restitution: return .protectionTrack
        case .justice: return .justiceTrack
        case .referral, .task: return nil
        }
    }
}

/// One thing that happened on a case, by one agency. Carries codes and notes, never identities.
public struct TimelineEvent: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String
    public let on: CalendarDate
    /// When the step was saved; nil for steps saved before the store kept it.
    public let recordedAt: String?
    /// Order among the steps of one record.
    public let sequence: Int
    public let category: TimelineCategory
    /// The referral, protection item, restitution, justice track or task the event is about.
    public let subjectID: String
    /// The victim it concerns, so a referral for one victim does not show another's services.
    public let victimID: String?
    public let byAgencyID: String
    public let action: String
    public let from: String
    public let to: String
    public let note: String?
    /// Agencies that always see the event: the acting agency and the record's parties.
    public let parties: Set<String>

    public init(id: String, caseID: String, on: CalendarDate, recordedAt: String? = nil, sequence: Int, category: TimelineCategory,
                subjectID: String, victimID: String?, byAgencyID: String, action: String, from: String, to: String,
                note: String?, parties: Set<String>) {
        self.id = id
        self.caseID = caseID
        self.on = on
        self.recordedAt = recordedAt
        self.sequence = sequence
        self.category = category
        self.subjectID = subjectID
        self.victimID = victimID
        self.byAgencyID = byAgencyID
        self.action = action
        self.from = from
        self.to = to
        self.note = note
        self.parties = parties.union([byAgencyID])
    }

    static func from(_ history: [TransitionRecord], caseID: String, category: TimelineCategory, subjectID: String,
                     victimID: String?, parties: Set<String>) -> [TimelineEvent] {
        history.enumerated().map { i, r in
            TimelineEvent(id: "\(category.rawValue):\(subjectID):\(r.version)", caseID: caseID, on: r.on, recordedAt: r.recordedAt, sequence: i,
                          category: category, subjectID: subjectID, victimID: victimID, byAgencyID: r.byAgencyID,
                          action: r.action, from: r.from, to: r.to, note: r.note, parties: parties)
        }
    }
}

extension Referral {
    public var timelineEvents: [TimelineEvent] {
        TimelineEvent.from(history, caseID: caseID, category: .referral, subjectID: id, victimID: victimID, parties: parties)
    }
}

extension ProtectionItem {
    public var timelineEvents: [TimelineEvent] {
        TimelineEvent.from(history, caseID: caseID, category: .protection, subjectID: id, victimID: victimID, parties: parties)
    }
}

extension Restitution {
    public var timelineEvents: [TimelineEvent] {
        TimelineEvent.from(history, caseID: caseID, category: .restitution, subjectID: id, victimID: victimID,
              parties: [responsibleAgencyID])
    }
}

extension JusticeTrack {
    public var timelineEvents: [TimelineEvent] {
        TimelineEvent.from(history, caseID: caseID, category: .justice, subjectID: id, victimID: nil, parties: [])
    }
}

extension CoordinationTask {
    /// Nil for a task not tied to a case.
    public var timelineEvents: [TimelineEvent] {
        guard let caseID else { return [] }
        return TimelineEvent.from(history, caseID: caseID, category: .task, subjectID: id, victimID: nil, parties: parties)
    }
}
