import Cases

/// One service on a victim's protection track, with the agency responsible and the legal
/// deadline counted from the request.
public struct ProtectionItem: Versioned, Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String
    public let victimID: String
    public let service: ProtectionService
    /// The agency that must deliver the service (Kemensos, UPTD PPA, a hospital's agency, LPSK…).
    public let responsibleAgencyID: String
    public let requestedByAgencyID: String
    public let requestedOn: CalendarDate
    /// For services the law sets no deadline for, the date the agencies agreed on, if any.
    public let agreedDueOn: CalendarDate?
    /// The referral this item came from, if any.
    public let referralID: String?
    public internal(set) var status: ProtectionStatus
    public internal(set) var startedOn: CalendarDate?
    /// The day the service was delivered, or the day it was recorded as not delivered.
    public internal(set) var closedOn: CalendarDate?
    public internal(set) var notDeliveredReason: String?
    public internal(set) var version: Int
    public internal(set) var history: [TransitionRecord]

    /// A new item in `requested`, version 1.
    public static func request(id: String, caseID: String, victimID: String, service: ProtectionService,
                               responsibleAgencyID: String, requestedBy: String, requestedOn: CalendarDate,
                               agreedDueOn: CalendarDate? = nil, referralID: String? = nil) throws(CoordinationError) -> ProtectionItem {
        if let agreedDueOn, agreedDueOn < requestedOn {
            throw .input("agreedDueOn", id: "Tenggat tidak boleh sebelum tanggal permintaan",
                         en: "The due date cannot be before the request date")
        }
        let created = TransitionRecord(on: requestedOn, byAgencyID: requestedBy, action: ProtectionEvent.Action.request.rawValue,
                                       from: ProtectionStatus.requested.rawValue, to: ProtectionStatus.requested.rawValue,
                                       note: nil, version: 1)
        return ProtectionItem(id: id, caseID: caseID, victimID: victimID, service: service,
                              responsibleAgencyID: responsibleAgencyID, requestedByAgencyID: requestedBy,
                              requestedOn: requestedOn, agreedDueOn: agreedDueOn, referralID: referralID,
                              status: .requested, startedOn: nil, closedOn: nil, notDeliveredReason: nil,
                              version: 1, history: [created])
    }

    /// The statutory deadline (Pasal 52/53: request + 7 days), nil where the law sets none.
    public var deadline: LegalDeadline? { service.deadline(requestedOn: requestedOn) }

    /// The date the item is due: the legal deadline, else the agreed date.
    public var dueOn: CalendarDate? { Self.dueOn(service: service, requestedOn: requestedOn, agreedDueOn: agreedDueOn) }

    /// The same from the fields it rests on, for a reader that decodes only those (an export).
    public static func dueOn(service: ProtectionService, requestedOn: CalendarDate, agreedDueOn: CalendarDate?) -> CalendarDate? {
        service.deadline(requestedOn: requestedOn)?.dueOn ?? agreedDueOn
    }

    /// The day lateness is measured at: delivery, the not-delivered record, or `today` while open.
    func measuredOn(today: CalendarDate) -> CalendarDate { closedOn ?? today }

    /// Days past `dueOn`: at delivery when delivered (day 9 against 7 days is 2), else at `today`.
    public func daysLate(today: CalendarDate) -> Int {
        guard let dueOn else { return 0 }
        return max(0, dueOn.days(until: measuredOn(today: today)))
    }

    public func isLate(today: CalendarDate) -> Bool { daysLate(today: today) > 0 }

    /// The agencies that always see this item.
    public var parties: Set<String> { [responsibleAgencyID, requestedByAgencyID] }
}

extension ProtectionItem {
    /// An item as the store saved it. Use `request` and `apply` for changes; this only reloads.
    public init(restoring id: String, caseID: String, victimID: String, service: ProtectionService,
                responsibleAgencyID: String, requestedByAgencyID: String, requestedOn: CalendarDate,
                agreedDueOn: CalendarDate?, referralID: String?, status: ProtectionStatus, startedOn: CalendarDate?,
                closedOn: CalendarDate?, notDeliveredReason: String?, version: Int, history: [TransitionRecord]) {
        self.init(id: id, caseID: caseID, victimID: victimID, service: service, responsibleAgencyID: responsibleAgencyID,
                  requestedByAgencyID: requestedByAgencyID, requestedOn: requestedOn, agreedDueOn: agreedDueOn,
                  referralID: referralID, status: status, startedOn: startedOn, closedOn: closedOn,
                  notDeliveredReason: notDeliveredReason, version: version, history: history)
    }
}
