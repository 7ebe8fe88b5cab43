import Testing
import Cases
@testable import Coordination

@Suite("Protection track items and their legal deadlines")
struct ProtectionItemTests {
    let social = Agencies.social

    func item(_ service: ProtectionService = .healthRehabilitation, agreed: String? = nil) throws -> ProtectionItem {
        try ProtectionItem.request(id: "p-1", caseID: "case-1", victimID: "victim-1", service: service,
                                   responsibleAgencyID: social, requestedBy: Agencies.police,
                                   requestedOn: day("2026-03-01"), agreedDueOn: agreed.map(day))
    }

    @Test func deliveredOnDayNineIsTwoDaysLateAgainstSevenDays() throws {
        // Set-up: requested 1 March; Pasal 52(1) gives 7 days.
        let requested = try item()
        #expect(requested.deadline?.dueOn == day("2026-03-08"))
        #expect(requested.deadline?.citation.article == "UU 21/2007 Pasal 52 ayat (1)")
        // Under test: delivered on day 9.
        let delivered = try requested.apply(.deliver, by: social, on: day("2026-03-10"), expectedVersion: 1)
        // Must hold: 2 days late, and it stays 2 whatever today is.
        #expect(delivered.daysLate(today: day("2026-03-10")) == 2)
        #expect(delivered.isLate(today: day("2026-06-01")))
        #expect(delivered.daysLate(today: day("2026-06-01")) == 2)
    }

    @Test func deliveredOnDaySevenIsOnTime() throws {
        let delivered = try item().apply(.deliver, by: social, on: day("2026-03-08"), expectedVersion: 1)
        #expect(!delivered.isLate(today: day("2026-03-20")))
        #expect(delivered.daysLate(today: day("2026-03-20")) == 0)
    }

    @Test func anOpenItemRunsLateAgainstToday() throws {
        let started = try item().apply(.start, by: social, on: day("2026-03-03"), expectedVersion: 1)
        #expect(started.status == .inProgress && started.startedOn == day("2026-03-03"))
        #expect(started.daysLate(today: day("2026-03-08")) == 0)
        #expect(started.daysLate(today: day("2026-03-12")) == 4)
    }

    @Test func urgentFirstAidFollowsPasal53() throws {
        let aid = try item(.emergencyCare)
        #expect(aid.deadline?.citation == .uu21Pasal53)
        #expect(aid.dueOn == day("2026-03-08"))
    }

    @Test(arguments: [ProtectionService.legalAid, .shelter, .psychologicalSupport, .lpskProtection])
    func servicesWithoutAStatutoryDeadlineUseTheAgreedDate(service: ProtectionService) throws {
        #expect(try item(service).deadline == nil)
        #expect(try item(service).daysLate(today: day("2027-01-01")) == 0)
        let agreed = try item(service, agreed: "2026-03-15")
        #expect(agreed.dueOn == day("2026-03-15"))
        #expect(agreed.daysLate(today: day("2026-03-18")) == 3)
    }

    @Test func theFivePP9ComponentsAreMarked() {
        let components = ProtectionService.allCases.filter(\.isIntegratedServiceComponent)
        #expect(components == [.healthRehabilitation, .socialRehabilitation, .repatriation, .socialReintegration, .legalAid])
        #expect(ProtectionService.repatriation.citations.contains(.uu21Pasal54))
    }

    @Test func notDeliveredNeedsAReasonAndStopsTheLatenessClock() throws {
        let blank = coordinationError { try item().apply(.notDelivered(reason: ""), by: social, on: day("2026-03-12"), expectedVersion: 1) }
        #expect(blank?.field == "reason")
        let closed = try item().apply(.notDelivered(reason: "Korban menolak"), by: social, on: day("2026-03-12"), expectedVersion: 1)
        #expect(closed.status == .notDelivered && closed.notDeliveredReason == "Korban menolak")
        #expect(closed.daysLate(today: day("2026-04-30")) == 4)
    }

    @Test func deliveredAndNotDeliveredAreFinal() throws {
        let delivered = try item().apply(.deliver, by: social, on: day("2026-03-05"), expectedVersion: 1)
        #expect(delivered.allowedActions.isEmpty)
        for event in [ProtectionEvent.start, .deliver, .notDelivered(reason: "x")] {
            #expect(coordinationError { try delivered.apply(event, by: social, on: day("2026-03-06"), expectedVersion: 2) }?.httpStatus == 409)
        }
        let started = try item().apply(.start, by: social, on: day("2026-03-02"), expectedVersion: 1)
        #expect(coordinationError { try started.apply(.start, by: social, on: day("2026-03-02"), expectedVersion: 2) }?.httpStatus == 409)
    }

    @Test func onlyTheResponsibleAgencyRecordsAndNotBeforeTheRequest() throws {
        let other = coordinationError { try item().apply(.deliver, by: Agencies.police, on: day("2026-03-05"), expectedVersion: 1) }
        guard case let .notPermitted(_, _, _, onlyBy)? = other else { Issue.record("no error"); return }
        #expect(onlyBy.code == "responsible_agency")
        #expect(coordinationError { try item().apply(.deliver, by: social, on: day("2026-02-28"), expectedVersion: 1) }?.field == "date")
        #expect(coordinationError { try item(.shelter, agreed: "2026-02-01") }?.field == "agreedDueOn")
    }
}
