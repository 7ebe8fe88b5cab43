import Cases

/// A step on a restitution ledger; only the responsible agency records them.
public enum RestitutionEvent: Sendable, Hashable {
    /// Replace the claimed heads; only before the court orders an amount.
    case amendClaim([RestitutionClaim])
    /// The amount in the verdict (amar putusan); an appeal may change it until the final notice.
    case order(amount: Int64)
    /// Notice of the final decision: starts the Pasal 50 period.
    case finalDecisionNotice
    /// A payment; above the ordered amount only with a reason (interest, a court's correction…).
    case pay(amount: Int64, reason: String?)

    public enum Action: String, CoordinationCode {
        case claim
        case amendClaim = "amend_claim"
        case order
        case finalDecisionNotice = "final_decision_notice"
        case pay

        public var label: (id: String, en: String) {
            switch self {
            case .claim: return ("Ajukan restitusi", "Claim")
            case .amendClaim: return ("Ubah permohonan", "Amend the claim")
            case .order: return ("Catat putusan restitusi", "Record the ordered amount")
            case .finalDecisionNotice: return ("Catat pemberitahuan putusan inkracht", "Record notice of the final decision")
            case .pay: return ("Catat pembayaran", "Record a payment")
            }
        }
    }

    public var action: Action {
        switch self {
        case .amendClaim: return .amendClaim
        case .order: return .order
        case .finalDecisionNotice: return .finalDecisionNotice
        case .pay: return .pay
        }
    }
}

extension Restitution {
    /// The ledger after `event`, or why not.
    public func apply(_ event: RestitutionEvent, by agencyID: String, on date: CalendarDate,
                      expectedVersion: Int) throws(CoordinationError) -> Restitution {
        try checkVersion(expectedVersion)
        let action = event.action
        guard agencyID == responsibleAgencyID else {
            throw .notPermitted(subject: CoordinationSubject.restitution.codeLabel, action: action.codeLabel,
                                agencyID: agencyID, onlyBy: ActingParty.responsibleAgency.codeLabel)
        }
        guard allowedActions.contains(action) else {
            throw .invalidTransition(subject: CoordinationSubject.restitution.codeLabel, from: status.codeLabel,
                                     attempted: action.codeLabel, allowed: allowedActions.map(\.codeLabel))
        }
        guard date >= claimedOn else {
            throw .input("date", id: "Tanggal tidak boleh sebelum permohonan restitusi (\(claimedOn))",
                         en: "The date cannot be before the claim (\(claimedOn))")
        }
        var next = self
        var note: String?
        switch event {
        case .amendClaim(let claims):
            next.claims = try Restitution.checkClaims(claims)
        case .order(let amount):
            try checkRupiah(amount, field: "orderedAmount")
            next.orderedAmount = amount
            next.orderedOn = date
        case .finalDecisionNotice:
            if let orderedOn, date < orderedOn {
                throw .input("date", id: "Pemberitahuan tidak boleh sebelum putusan (\(orderedOn))",
                             en: "The notice cannot be before the order (\(orderedOn))")
            }
            next.finalDecisionNoticeOn = date
        case let .pay(amount, reason):
            try checkRupiah(amount, field: "amount")
            let ordered = orderedAmount ?? 0
            let reason = reason?.nonBlank
            if totalPaid + amount > ordered, reason == nil {
                throw .input("reason",
                             id: "Pembayaran Rp\(amount) melebihi sisa Rp\(outstanding) dari putusan Rp\(ordered); isi alasannya",
                             en: "Paying Rp\(amount) exceeds the Rp\(outstanding) still owed of Rp\(ordered) ordered; give a reason")
            }
            next.payments.append(RestitutionPayment(on: date, amount: amount, recordedByAgencyID: agencyID, reason: reason))
            note = reason
        }
        next.version += 1
        next.history.append(TransitionRecord(on: date, byAgencyID: agencyID, action: action.rawValue, from: status.rawValue,
                                             to: next.status.rawValue, note: note, version: next.version))
        return next
    }

    /// What the ledger accepts now: amend before the order; order again until the final notice
    /// (an appeal may change it); payments once an amount is ordered.
    public var allowedActions: [RestitutionEvent.Action] {
        var actions: [RestitutionEvent.Action] = []
        if orderedAmount == nil { actions.append(.amendClaim) }
        if finalDecisionNoticeOn == nil { actions.append(.order) }
        if orderedAmount != nil {
            if finalDecisionNoticeOn == nil { actions.append(.finalDecisionNotice) }
            actions.append(.pay)
        }
        return actions
    }
}
