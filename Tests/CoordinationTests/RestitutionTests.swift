import Testing
import Cases
@testable import Coordination

@Suite("Restitution ledger (Pasal 48 and 50)")
struct RestitutionTests {
    let kejari = Agencies.prosecutor

    func claimed() throws -> Restitution {
        try Restitution.claim(id: "rs-1", caseID: "case-1", victimID: "victim-1", suspectID: "suspect-1",
                              responsibleAgencyID: kejari, claimedOn: day("2026-03-01"),
                              claims: [RestitutionClaim(head: .suffering, amount: 20_000_000),
                                       RestitutionClaim(head: .lossOfPropertyOrIncome, amount: 30_000_000)])
    }

    func ordered(_ amount: Int64 = 40_000_000) throws -> Restitution {
        try claimed().apply(.order(amount: amount), by: kejari, on: day("2026-06-01"), expectedVersion: 1)
    }

    @Test func claimsAreKeptByHeadInLetterOrder() throws {
        let r = try claimed()
        #expect(r.claims.map(\.head.letter) == ["a", "b"])
        #expect(r.totalClaimed == 50_000_000)
        #expect(r.status == .claimed && r.outstanding == 0)
    }

    @Test func claimValidation() {
        func claim(_ lines: [RestitutionClaim]) -> CoordinationError? {
            coordinationError { try Restitution.claim(id: "x", caseID: "c", victimID: "v", suspectID: nil,
                                                      responsibleAgencyID: kejari, claimedOn: day("2026-03-01"), claims: lines) }
        }
        #expect(claim([])?.field == "claims")
        #expect(claim([RestitutionClaim(head: .suffering, amount: 0)])?.field == "claims.suffering")
        #expect(claim([RestitutionClaim(head: .otherLosses, amount: -5)])?.field == "claims.other_losses")
        #expect(claim([RestitutionClaim(head: .suffering, amount: 1), RestitutionClaim(head: .suffering, amount: 2)])?.field == "claims")
        #expect(claim([RestitutionClaim(head: .suffering, amount: Restitution.amountLimit + 1)]) != nil)
    }

    @Test func paymentsReduceWhatIsOutstanding() throws {
        var r = try ordered()
        r = try r.apply(.pay(amount: 15_000_000, reason: nil), by: kejari, on: day("2026-06-10"), expectedVersion: 2)
        #expect(r.status == .partlyPaid && r.outstanding == 25_000_000 && r.totalPaid == 15_000_000)
        r = try r.apply(.pay(amount: 25_000_000, reason: nil), by: kejari, on: day("2026-06-20"), expectedVersion: 3)
        #expect(r.status == .paid && r.outstanding == 0 && r.paidInFullOn == day("2026-06-20"))
        #expect(r.payments.map(\.amount) == [15_000_000, 25_000_000])
        #expect(r.history.map(\.to) == ["claimed", "ordered", "partly_paid", "paid"])
    }

    @Test func payingAboveTheOrderedAmountNeedsAReason() throws {
        let r = try ordered().apply(.pay(amount: 30_000_000, reason: nil), by: kejari, on: day("2026-06-10"), expectedVersion: 2)
        let error = coordinationError { try r.apply(.pay(amount: 10_000_001, reason: "  "), by: kejari, on: day("2026-06-11"), expectedVersion: 3) }
        #expect(error?.field == "reason" && error?.httpStatus == 422)
        #expect(error?.message(.english) == "Paying Rp10000001 exceeds the Rp10000000 still owed of Rp40000000 ordered; give a reason")
        // Exactly the rest is fine; more with a reason is kept, and nothing goes negative.
        #expect(coordinationError { try r.apply(.pay(amount: 10_000_000, reason: nil), by: kejari, on: day("2026-06-11"), expectedVersion: 3) } == nil)
        let over = try r.apply(.pay(amount: 12_000_000, reason: "Bunga menurut putusan"), by: kejari, on: day("2026-06-11"), expectedVersion: 3)
        #expect(over.totalPaid == 42_000_000 && over.outstanding == 0 && over.payments.last?.reason == "Bunga menurut putusan")
    }

    @Test func dueFourteenDaysAfterNoticeOfTheFinalDecisionWithItsCaveat() throws {
        let r = try ordered().apply(.finalDecisionNotice, by: kejari, on: day("2026-07-01"), expectedVersion: 2)
        #expect(r.deadline?.dueOn == day("2026-07-15"))
        #expect(r.deadline?.citation.confidence == .medium)
        #expect(r.deadline?.citation.caveatEN?.contains("not yet verified") == true)
        #expect(!r.isLate(today: day("2026-07-15")))
        #expect(r.daysLate(today: day("2026-07-20")) == 5)
        let paidLate = try r.apply(.pay(amount: 40_000_000, reason: nil), by: kejari, on: day("2026-07-18"), expectedVersion: 3)
        #expect(paidLate.daysLate(today: day("2026-12-01")) == 3)
        #expect(try ordered().daysLate(today: day("2030-01-01")) == 0)  // no notice yet, no clock running
    }

    @Test func stepsOutOfOrderAreRefused() throws {
        let payFirst = coordinationError { try claimed().apply(.pay(amount: 1, reason: nil), by: kejari, on: day("2026-03-02"), expectedVersion: 1) }
        guard case let .invalidTransition(_, from, attempted, allowed)? = payFirst else { Issue.record("no error"); return }
        #expect(from.code == "claimed" && attempted.code == "pay" && allowed.map(\.code) == ["amend_claim", "order"])
        #expect(coordinationError { try claimed().apply(.finalDecisionNotice, by: kejari, on: day("2026-03-02"), expectedVersion: 1) }?.httpStatus == 409)
        let amendAfterOrder = coordinationError {
            try ordered().apply(.amendClaim([RestitutionClaim(head: .suffering, amount: 1)]), by: kejari, on: day("2026-06-02"), expectedVersion: 2)
        }
        #expect(amendAfterOrder?.httpStatus == 409)
        let noticed = try ordered().apply(.finalDecisionNotice, by: kejari, on: day("2026-07-01"), expectedVersion: 2)
        #expect(coordinationError { try noticed.apply(.order(amount: 1), by: kejari, on: day("2026-07-02"), expectedVersion: 3) }?.httpStatus == 409)
        #expect(coordinationError { try noticed.apply(.finalDecisionNotice, by: kejari, on: day("2026-07-02"), expectedVersion: 3) }?.httpStatus == 409)
    }

    @Test func anAppealMayChangeTheOrderUntilTheFinalNotice() throws {
        let changed = try ordered().apply(.order(amount: 35_000_000), by: kejari, on: day("2026-08-01"), expectedVersion: 2)
        #expect(changed.orderedAmount == 35_000_000 && changed.orderedOn == day("2026-08-01"))
    }

    @Test func inputAndAgencyChecks() throws {
        #expect(coordinationError { try claimed().apply(.order(amount: 0), by: kejari, on: day("2026-06-01"), expectedVersion: 1) }?.field == "orderedAmount")
        #expect(coordinationError { try ordered().apply(.pay(amount: -1, reason: "x"), by: kejari, on: day("2026-06-02"), expectedVersion: 2) }?.field == "amount")
        #expect(coordinationError { try claimed().apply(.order(amount: 5), by: kejari, on: day("2026-02-01"), expectedVersion: 1) }?.field == "date")
        #expect(coordinationError { try ordered().apply(.finalDecisionNotice, by: kejari, on: day("2026-05-01"), expectedVersion: 2) }?.field == "date")
        #expect(coordinationError { try claimed().apply(.order(amount: 5), by: Agencies.social, on: day("2026-06-01"), expectedVersion: 1) }?.httpStatus == 403)
        let amended = try claimed().apply(.amendClaim([RestitutionClaim(head: .medicalOrPsychologicalCosts, amount: 7)]),
                                          by: kejari, on: day("2026-03-05"), expectedVersion: 1)
        #expect(amended.totalClaimed == 7 && amended.status == .claimed)
    }
}
