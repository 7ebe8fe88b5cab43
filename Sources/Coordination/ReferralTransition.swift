import Cases

/// Where a referral stands: requested → accepted or declined → in progress → completed; or withdrawn.
public enum ReferralStatus: String, CoordinationCode {
    case requested, accepted, declined
    case inProgress = "in_progress"
    case completed, withdrawn

    public var label: (id: String, en: String) {
        switch self {
        case .requested: return ("Diajukan", "Requested")
        case .accepted: return ("Diterima", "Accepted")
        case .declined: return ("Ditolak", "Declined")
        case .inProgress: return ("Sedang ditangani", "In progress")
        case .completed: return ("Selesai", "Completed")
        case .withdrawn: return ("Ditarik", "Withdrawn")
        }
    }

    /// Still waiting on someone.
    public var isOpen: Bool { self == .requested || self == .accepted || self == .inProgress }
}

/// A step on a referral. Only the receiving agency accepts, declines, starts and completes;
/// only the referring agency withdraws.
public enum ReferralEvent: Sendable, Hashable {
    case accept
    case decline(reason: String)
    case start
    case complete(outcome: ReferralOutcome, note: String?)
    case withdraw(reason: String)

    public enum Action: String, CoordinationCode {
        case request, accept, decline, start, complete, withdraw

        public var label: (id: String, en: String) {
            switch self {
            case .request: return ("Ajukan", "Request")
            case .accept: return ("Terima", "Accept")
            case .decline: return ("Tolak", "Decline")
            case .start: return ("Mulai tangani", "Start")
            case .complete: return ("Selesaikan", "Complete")
            case .withdraw: return ("Tarik kembali", "Withdraw")
            }
        }
    }

    public var action: Action {
        switch self {
        case .accept: return .accept
        case .decline: return .decline
        case .start: return .start
        case .complete: return .complete
        case .withdraw: return .withdraw
        }
    }
}

extension Referral {
    /// The referral after `event`, or why not: a stale `expectedVersion`, the wrong agency, a step
    /// the current status does not allow, a missing reason, or a date before the last step.
    public func apply(_ event: ReferralEvent, by agencyID: String, on date: CalendarDate,
                      expectedVersion: Int) throws(CoordinationError) -> Referral {
        try checkVersion(expectedVersion)
        let action = event.action
        let actor: ActingParty = action == .withdraw ? .referringAgency : .receivingAgency
        guard agencyID == (actor == .referringAgency ? fromAgencyID : toAgencyID) else {
            throw .notPermitted(subject: CoordinationSubject.referral.codeLabel, action: action.codeLabel,
                                agencyID: agencyID, onlyBy: actor.codeLabel)
        }
        guard let target = Referral.next[status]?[action] else {
            throw .invalidTransition(subject: CoordinationSubject.referral.codeLabel, from: status.codeLabel,
                                     attempted: action.codeLabel, allowed: allowedActions.map(\.codeLabel))
        }
        try checkStepDate(date)
        var next = self
        var note: String?
        switch event {
        case .decline(let reason), .withdraw(let reason):
            guard let r = reason.nonBlank else {
                throw .input("reason", id: "Alasan wajib diisi", en: "A reason is required")
            }
            next.reason = r
            note = r
        case let .complete(outcome, text):
            next.outcome = outcome
            next.outcomeNote = text?.nonBlank
            note = next.outcomeNote
        case .accept, .start:
            break
        }
        next.status = target
        next.version += 1
        next.history.append(TransitionRecord(on: date, byAgencyID: agencyID, action: action.rawValue,
                                             from: status.rawValue, to: target.rawValue, note: note, version: next.version))
        return next
    }

    /// The actions the current status allows, in the order a page should offer them.
    public var allowedActions: [ReferralEvent.Action] {
        ReferralEvent.Action.allCases.filter { Referral.next[status]?[$0] != nil }
    }

    private static let next: [ReferralStatus: [ReferralEvent.Action: ReferralStatus]] = [
        .requested: [.accept: .accepted, .decline: .declined, .withdraw: .withdrawn],
        .accepted: [.start: .inProgress, .withdraw: .withdrawn],
        .inProgress: [.complete: .completed, .withdraw: .withdrawn],
    ]
}
