/// Events as a form or an API call names them: an action code and the fields it needs. One
/// reading for the pages and the API, so both accept and refuse the same things.
extension ReferralEvent {
    public init(action: String?, reason: String?, outcome: String?, note: String?) throws(CoordinationError) {
        switch action {
        case "accept": self = .accept
        case "start": self = .start
        case "decline": self = .decline(reason: reason ?? "")
        case "withdraw": self = .withdraw(reason: reason ?? "")
        case "complete":
            guard let o = outcome.flatMap(ReferralOutcome.init(rawValue:)) else {
                throw .input("outcome", id: "Pilih hasil rujukan", en: "Choose the outcome")
            }
            self = .complete(outcome: o, note: note)
        default: throw .unknownAction(action, allowed: ["accept", "decline", "start", "complete", "withdraw"])
        }
    }
}

extension ProtectionEvent {
    public init(action: String?, reason: String?) throws(CoordinationError) {
        switch action {
        case "start": self = .start
        case "deliver": self = .deliver
        case "record_not_delivered": self = .notDelivered(reason: reason ?? "")
        default: throw .unknownAction(action, allowed: ["start", "deliver", "record_not_delivered"])
        }
    }
}

extension TaskEvent {
    /// The two steps people take on a task; escalation is the system's, reassigning not offered yet.
    public init(action: String?, reason: String?, note: String?) throws(CoordinationError) {
        switch action {
        case "complete": self = .complete(note: note)
        case "cancel": self = .cancel(reason: reason ?? "")
        default: throw .unknownAction(action, allowed: ["complete", "cancel"])
        }
    }
}

extension RestitutionEvent {
    public init(action: String?, amount: Int64?, reason: String?) throws(CoordinationError) {
        func required() throws(CoordinationError) -> Int64 {
            guard let amount else { throw .input("amount", id: "Isi jumlah dalam rupiah", en: "Enter the amount in rupiah") }
            return amount
        }
        switch action {
        case "order": self = .order(amount: try required())
        case "final_decision_notice": self = .finalDecisionNotice
        case "pay": self = .pay(amount: try required(), reason: reason)
        default: throw .unknownAction(action, allowed: ["order", "final_decision_notice", "pay"])
        }
    }
}

extension CoordinationError {
    static func unknownAction(_ action: String?, allowed: [String]) -> CoordinationError {
        let shown = String((action ?? "").prefix(30))
        return .input("action", id: "Tindakan \"\(shown)\" tidak dikenal; pilih: \(allowed.joined(separator: ", "))",
                      en: "Unknown action \"\(shown)\"; one of: \(allowed.joined(separator: ", "))")
    }
}
