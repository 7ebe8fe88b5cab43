import Cases
import Coordination

extension ExchangeSupport {
    /// The protection item an imported support row becomes, held by the importing agency.
    ///
    /// HTCDS gives a planned and an actual end, not the day of the request. Where UU 21/2007
    /// sets the deadline (Pasal 52–53: seven days from the request), the request is dated so that
    /// the legal deadline falls on the planned end, which is what a plan made under the law
    /// implies; where it sets none, the request is the case's referral date and the planned end
    /// the agreed date. An actual end records the service as delivered on that day. Either way the
    /// item exports again with the same planned and actual end. Without a planned end, a service
    /// with a legal deadline is due seven days after the referral date, as the law counts it.
    public func protectionItem(localID: String, caseID: String, victimID: String, agencyID: String,
                               caseOpenedOn: CalendarDate) -> ProtectionItem {
        var requestedOn = caseOpenedOn, agreedDueOn: CalendarDate?
        if let plannedEnd {
            if let deadline = service.deadline(requestedOn: plannedEnd) {
                requestedOn = plannedEnd.addingDays(-plannedEnd.days(until: deadline.dueOn))
            } else {
                requestedOn = min(caseOpenedOn, plannedEnd)
                agreedDueOn = plannedEnd
            }
        }
        let note = "Impor HTCDS / HTCDS import"
        var history = [TransitionRecord(on: requestedOn, byAgencyID: agencyID, action: ProtectionEvent.Action.request.rawValue,
                                        from: ProtectionStatus.requested.rawValue, to: ProtectionStatus.requested.rawValue,
                                        note: note, version: 1)]
        if let actualEnd {
            history.append(TransitionRecord(on: actualEnd, byAgencyID: agencyID, action: ProtectionEvent.Action.deliver.rawValue,
                                            from: ProtectionStatus.requested.rawValue, to: ProtectionStatus.delivered.rawValue,
                                            note: note, version: 2))
        }
        return ProtectionItem(restoring: localID, caseID: caseID, victimID: victimID, service: service, responsibleAgencyID: agencyID,
                              requestedByAgencyID: agencyID, requestedOn: requestedOn, agreedDueOn: agreedDueOn, referralID: nil,
                              status: actualEnd == nil ? .requested : .delivered, startedOn: nil, closedOn: actualEnd,
                              notDeliveredReason: nil, version: history.count, history: history)
    }
}
