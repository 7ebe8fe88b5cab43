import Cases

/// Where a protection item stands: requested → in progress → delivered, or not delivered (with a reason).
public enum ProtectionStatus: String, CoordinationCode {
    case requested
    case inProgress = "in_progress"
    case delivered
    case notDelivered = "not_delivered"

    public var label: (id: String, en: String) {
        switch self {
        case .requested: return ("Diminta", "Requested")
        case .inProgress: return ("Sedang diberikan", "In progress")
        case .delivered: return ("Telah diberikan", "Delivered")
        case .notDelivered: return ("Tidak diberikan", "Not delivered")
        }
    }

    public var isOpen: Bool { self == .requested || self == .inProgress }
}

/// A step on a protection item; only the responsible agency records them.
public enum ProtectionEvent: Sendable, Hashable {
    case start
    /// Delivered in one go (first aid on the day) or after `start`.
    case deliver
    case notDelivered(reason: String)

    public enum Action: String, CoordinationCode {
        case request, start, deliver
        case recordNotDelivered = "record_not_delivered"

        public var label: (id: String, en: String) {
            switch self {
            case .request: return ("Minta layanan", "Request")
            case .start: return ("Mulai berikan", "Start")
            case .deliver: return ("Catat telah diberikan", "Record delivered")
            case .recordNotDelivered: return ("Catat tidak diberikan", "Record not delivered")
            }
        }
    }

    public var action: Action {
        switch self {
        case .start: return .start
        case .deliver: return .deliver
        case .notDelivered: return .recordNotDelivered
        }
    }
}

extension ProtectionItem {
    /// The item after `event`, or why not (version, agency, status, reason, date).
    public func apply(_ event: ProtectionEvent, by agencyID: String, on date: CalendarDate,
                      expectedVersion: Int) throws(CoordinationError) -> ProtectionItem {
        try checkVersion(expectedVersion)
        let action = event.action
        guard agencyID == responsibleAgencyID else {
            throw .notPermitted(subject: CoordinationSubject.protectionItem.codeLabel, action: action.codeLabel,
                                agencyID: agencyID, onlyBy: ActingParty.responsibleAgency.codeLabel)
        }
        guard let target = ProtectionItem.next[status]?[action] else {
            throw .invalidTransition(subject: CoordinationSubject.protectionItem.codeLabel, from: status.codeLabel,
                                     attempted: action.codeLabel, allowed: allowedActions.map(\.codeLabel))
        }
        try checkStepDate(date)
        var next = self
        var note: String?
        switch event {
        case .start: next.startedOn = date
        case .deliver: next.closedOn = date
        case .notDelivered(let reason):
            guard let r = reason.nonBlank else {
                throw .input("reason", id: "Alasan layanan tidak diberikan wajib diisi",
                             en: "Say why the service was not delivered")
            }
            next.notDeliveredReason = r
            next.closedOn = date
            note = r
        }
        next.status = target
        next.version += 1
        next.history.append(TransitionRecord(on: date, byAgencyID: agencyID, action: action.rawValue,
                                             from: status.rawValue, to: target.rawValue, note: note, version: next.version))
        return next
    }

    public var allowedActions: [ProtectionEvent.Action] {
        ProtectionEvent.Action.allCases.filter { ProtectionItem.next[status]?[$0] != nil }
    }

    private static let next: [ProtectionStatus: [ProtectionEvent.Action: ProtectionStatus]] = [
        .requested: [.start: .inProgress, .deliver: .delivered, .recordNotDelivered: .notDelivered],
        .inProgress: [.deliver: .delivered, .recordNotDelivered: .notDelivered],
    ]
}
