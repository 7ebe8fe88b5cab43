import Cases

/// Where a task stands: open until done or cancelled.
public enum TaskStatus: String, CoordinationCode {
    case open, done, cancelled

    public var label: (id: String, en: String) {
        switch self {
        case .open: return ("Terbuka", "Open")
        case .done: return ("Selesai", "Done")
        case .cancelled: return ("Dibatalkan", "Cancelled")
        }
    }
}

/// A step on a task. The assignee's or the creator's agency completes and reassigns; only the
/// creator's agency cancels; escalation is applied by either when `needsEscalation` says so.
public enum TaskEvent: Sendable, Hashable {
    case complete(note: String?)
    case cancel(reason: String)
    case reassign(to: TaskAssignee)
    case escalate

    public enum Action: String, CoordinationCode {
        case create, complete, cancel, reassign, escalate

        public var label: (id: String, en: String) {
            switch self {
            case .create: return ("Buat tugas", "Create")
            case .complete: return ("Tandai selesai", "Mark done")
            case .cancel: return ("Batalkan", "Cancel")
            case .reassign: return ("Alihkan", "Reassign")
            case .escalate: return ("Eskalasi ke atasan", "Escalate to supervisor")
            }
        }
    }

    public var action: Action {
        switch self {
        case .complete: return .complete
        case .cancel: return .cancel
        case .reassign: return .reassign
        case .escalate: return .escalate
        }
    }
}

extension CoordinationTask {
    /// The task after `event`, or why not.
    public func apply(_ event: TaskEvent, by agencyID: String, on date: CalendarDate,
                      expectedVersion: Int) throws(CoordinationError) -> CoordinationTask {
        try checkVersion(expectedVersion)
        let action = event.action
        let mayAct = action == .cancel ? agencyID == createdByAgencyID
            : [createdByAgencyID, assignee.agencyID].contains(agencyID)
        guard mayAct else {
            throw .notPermitted(subject: CoordinationSubject.task.codeLabel, action: action.codeLabel, agencyID: agencyID,
                                onlyBy: (action == .cancel ? ActingParty.creatingAgency : .taskParties).codeLabel)
        }
        guard status == .open, action != .escalate || escalatedOn == nil else {
            throw .invalidTransition(subject: CoordinationSubject.task.codeLabel, from: status.codeLabel,
                                     attempted: action.codeLabel, allowed: allowedActions.map(\.codeLabel))
        }
        try checkStepDate(date)
        var next = self
        var note: String?
        switch event {
        case .complete(let text):
            next.status = .done
            next.closedOn = date
            note = text?.nonBlank
        case .cancel(let reason):
            guard let r = reason.nonBlank else {
                throw .input("reason", id: "Alasan pembatalan wajib diisi", en: "Say why the task is cancelled")
            }
            next.status = .cancelled
            next.closedOn = date
            note = r
        case .reassign(let to):
            next.assignee = to
            note = to.agencyID
        case .escalate:
            next.escalatedOn = date
            note = supervisor.agencyID
        }
        next.version += 1
        next.history.append(TransitionRecord(on: date, byAgencyID: agencyID, action: action.rawValue,
                                             from: status.rawValue, to: next.status.rawValue, note: note, version: next.version))
        return next
    }

    public var allowedActions: [TaskEvent.Action] {
        guard status == .open else { return [] }
        return escalatedOn == nil ? [.complete, .cancel, .reassign, .escalate] : [.complete, .cancel, .reassign]
    }
}
