import Cases

/// A request from one agency to another to serve a victim (rujukan). The receiving agency sees
/// only what `grants` allows, and its outcome comes back to the referring agency on this record.
public struct Referral: Versioned, Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String
    /// The victim the referral is for; nil for a referral about the case as a whole (to the police, say).
    public let victimID: String?
    public let fromAgencyID: String
    public let toAgencyID: String
    public let service: ReferralService
    public let consent: ConsentBasis
    public let grants: Set<ReferralGrant>
    public let requestedOn: CalendarDate
    /// When the referring agency needs the work done.
    public let dueOn: CalendarDate
    public internal(set) var status: ReferralStatus
    /// Why it was declined or withdrawn.
    public internal(set) var reason: String?
    public internal(set) var outcome: ReferralOutcome?
    public internal(set) var outcomeNote: String?
    public internal(set) var version: Int
    public internal(set) var history: [TransitionRecord]

    /// A new referral in `requested`, version 1. Refuses a referral to oneself, a due date before
    /// the request and a lawful reason with no explanation.
    public static func request(id: String, caseID: String, victimID: String?, from: String, to: String,
                               service: ReferralService, consent: ConsentBasis, grants: Set<ReferralGrant>,
                               requestedOn: CalendarDate, dueOn: CalendarDate) throws(CoordinationError) -> Referral {
        guard from != to else {
            throw .input("toAgencyID", id: "Instansi tujuan harus berbeda dari instansi perujuk",
                         en: "The receiving agency must differ from the referring agency")
        }
        guard dueOn >= requestedOn else {
            throw .input("dueOn", id: "Tenggat tidak boleh sebelum tanggal rujukan",
                         en: "The due date cannot be before the referral date")
        }
        try consent.validate(requestedOn: requestedOn)
        let created = TransitionRecord(on: requestedOn, byAgencyID: from, action: ReferralEvent.Action.request.rawValue,
                                       from: ReferralStatus.requested.rawValue, to: ReferralStatus.requested.rawValue,
                                       note: nil, version: 1)
        return Referral(id: id, caseID: caseID, victimID: victimID, fromAgencyID: from, toAgencyID: to,
                        service: service, consent: consent, grants: grants, requestedOn: requestedOn, dueOn: dueOn,
                        status: .requested, reason: nil, outcome: nil, outcomeNote: nil, version: 1, history: [created])
    }

    /// The agencies that are party to the referral and always see it.
    public var parties: Set<String> { [fromAgencyID, toAgencyID] }

    /// True when the receiving agency may see what `grants` lists (accepted or in progress).
    public var grantsAreActive: Bool { status == .accepted || status == .inProgress }

    /// Still waiting on the receiving agency after `dueOn`.
    public func isOverdue(today: CalendarDate) -> Bool { status.isOpen && today > dueOn }
}

extension Referral {
    /// A referral as the store saved it. Use `request` and `apply` for changes; this only reloads.
    public init(restoring id: String, caseID: String, victimID: String?, fromAgencyID: String, toAgencyID: String,
                service: ReferralService, consent: ConsentBasis, grants: Set<ReferralGrant>, requestedOn: CalendarDate,
                dueOn: CalendarDate, status: ReferralStatus, reason: String?, outcome: ReferralOutcome?,
                outcomeNote: String?, version: Int, history: [TransitionRecord]) {
        self.init(id: id, caseID: caseID, victimID: victimID, fromAgencyID: fromAgencyID, toAgencyID: toAgencyID,
                  service: service, consent: consent, grants: grants, requestedOn: requestedOn, dueOn: dueOn,
                  status: status, reason: reason, outcome: outcome, outcomeNote: outcomeNote, version: version,
                  history: history)
    }
}
