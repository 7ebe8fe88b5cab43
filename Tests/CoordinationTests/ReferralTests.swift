import Testing
import Cases
@testable import Coordination

@Suite("Referral state machine")
struct ReferralTests {
    let police = Agencies.police, social = Agencies.social

    @Test func walksRequestedAcceptedInProgressCompleted() throws {
        let r = try healthReferral().applying([(.accept, social), (.start, social),
                                               (.complete(outcome: .delivered, note: "Dirawat RSUD"), social)])
        #expect(r.status == .completed)
        #expect(r.outcome == .delivered)
        #expect(r.outcomeNote == "Dirawat RSUD")
        #expect(r.version == 4)
        #expect(r.history.map(\.action) == ["request", "accept", "start", "complete"])
        #expect(r.history.map(\.to) == ["requested", "accepted", "in_progress", "completed"])
    }

    @Test func declineNeedsAReasonAndEndsTheReferral() throws {
        let blank = coordinationError { try healthReferral().apply(.decline(reason: "  "), by: social, on: day("2026-03-02"), expectedVersion: 1) }
        #expect(blank?.field == "reason")
        let r = try healthReferral().applying([(.decline(reason: "Di luar wilayah"), social)])
        #expect(r.status == .declined && r.reason == "Di luar wilayah")
        #expect(r.allowedActions.isEmpty)
    }

    @Test(arguments: [ReferralStatus.requested, .accepted, .inProgress])
    func theReferringAgencyMayWithdrawWhileOpen(from status: ReferralStatus) throws {
        let r = try referral(in: status).apply(.withdraw(reason: "Korban pindah"), by: police, on: day("2026-03-03"),
                                               expectedVersion: try referral(in: status).version)
        #expect(r.status == .withdrawn)
    }

    @Test func completingADeclinedReferralIsRefused() throws {
        let declined = try healthReferral().applying([(.decline(reason: "Penuh"), social)])
        let error = coordinationError {
            try declined.apply(.complete(outcome: .delivered, note: nil), by: social, on: day("2026-03-04"), expectedVersion: 2)
        }
        guard case let .invalidTransition(subject, from, attempted, allowed)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(subject.code == "referral" && from.code == "declined" && attempted.code == "complete" && allowed.isEmpty)
        #expect(error?.httpStatus == 409)
        #expect(error?.message(.indonesian) == "'Selesaikan' tidak dapat dilakukan pada rujukan berstatus 'Ditolak' (tidak ada langkah lanjutan).")
        #expect(error?.message(.english) == "'Complete' is not possible for a referral that is 'Declined' (no further step is possible).")
    }

    /// Every (status, action) pair the machine does not list is refused, naming what is allowed.
    @Test(arguments: ReferralStatus.allCases)
    func everyUnlistedStepIsRefused(status: ReferralStatus) throws {
        let allowed: [ReferralStatus: Set<ReferralEvent.Action>] = [
            .requested: [.accept, .decline, .withdraw], .accepted: [.start, .withdraw], .inProgress: [.complete, .withdraw],
        ]
        let r = try referral(in: status)
        #expect(Set(r.allowedActions) == allowed[status, default: []])
        let events: [ReferralEvent] = [.accept, .decline(reason: "x"), .start, .complete(outcome: .delivered, note: nil), .withdraw(reason: "x")]
        for event in events {
            let agency = event.action == .withdraw ? police : social
            let error = coordinationError { try r.apply(event, by: agency, on: day("2026-03-05"), expectedVersion: r.version) }
            if allowed[status, default: []].contains(event.action) { #expect(error == nil, "\(status) \(event)") }
            else { #expect(error?.httpStatus == 409, "\(status) \(event)") }
        }
    }

    @Test func onlyTheReceivingAgencyAcceptsStartsAndCompletes() throws {
        let r = try healthReferral()
        let error = coordinationError { try r.apply(.accept, by: police, on: day("2026-03-02"), expectedVersion: 1) }
        guard case let .notPermitted(_, action, agency, onlyBy)? = error else { Issue.record("no error"); return }
        #expect(action.code == "accept" && agency == police && onlyBy.code == "receiving_agency")
        #expect(error?.httpStatus == 403)
        let stranger = coordinationError { try r.apply(.decline(reason: "x"), by: Agencies.uninvolved, on: day("2026-03-02"), expectedVersion: 1) }
        #expect(stranger?.httpStatus == 403)
    }

    @Test func onlyTheReferringAgencyWithdraws() throws {
        let error = coordinationError { try healthReferral().apply(.withdraw(reason: "x"), by: social, on: day("2026-03-02"), expectedVersion: 1) }
        guard case let .notPermitted(_, _, _, onlyBy)? = error else { Issue.record("no error"); return }
        #expect(onlyBy.code == "referring_agency")
    }

    @Test func aStepCannotBeDatedBeforeTheLastOne() throws {
        let error = coordinationError { try healthReferral().apply(.accept, by: social, on: day("2026-02-28"), expectedVersion: 1) }
        #expect(error?.field == "date" && error?.httpStatus == 422)
    }

    @Test func requestRefusesSelfReferralEarlyDueDateAndUnexplainedLawfulReason() {
        func request(to: String = Agencies.social, due: String = "2026-03-08", consent c: ConsentBasis = consent) -> CoordinationError? {
            coordinationError {
                try Referral.request(id: "r", caseID: "c", victimID: nil, from: Agencies.police, to: to, service: .shelter,
                                     consent: c, grants: [], requestedOn: day("2026-03-01"), dueOn: day(due))
            }
        }
        #expect(request(to: Agencies.police)?.field == "toAgencyID")
        #expect(request(due: "2026-02-27")?.field == "dueOn")
        #expect(request(consent: ConsentBasis(kind: .urgentProtection, recordedOn: day("2026-03-01"), explanation: " "))?.field == "consent.explanation")
        #expect(request(consent: ConsentBasis(kind: .victimConsent, recordedOn: day("2026-03-02"), explanation: nil))?.field == "consent.recordedOn")
        #expect(request(consent: ConsentBasis(kind: .statutoryDuty, recordedOn: day("2026-03-01"), explanation: "KUHAP: berkas ke JPU")) == nil)
    }

    @Test func isOverdueOnlyWhileOpenAfterTheDueDate() throws {
        let r = try healthReferral()
        #expect(!r.isOverdue(today: day("2026-03-08")))
        #expect(r.isOverdue(today: day("2026-03-09")))
        let done = try r.applying([(.accept, social), (.start, social), (.complete(outcome: .notDelivered, note: nil), social)])
        #expect(!done.isOverdue(today: day("2026-04-01")))
    }

    /// A referral brought to `status` by the shortest legal path.
    func referral(in status: ReferralStatus) throws(CoordinationError) -> Referral {
        let r = try healthReferral()
        switch status {
        case .requested: return r
        case .accepted: return try r.applying([(.accept, social)])
        case .declined: return try r.applying([(.decline(reason: "x"), social)])
        case .inProgress: return try r.applying([(.accept, social), (.start, social)])
        case .completed: return try r.applying([(.accept, social), (.start, social), (.complete(outcome: .delivered, note: nil), social)])
        case .withdrawn: return try r.applying([(.withdraw(reason: "x"), police)])
        }
    }
}
