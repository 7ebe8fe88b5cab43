import Cases
import Coordination

/// Restitution ledgers of a demo case, moved through `Restitution.apply`: claimed for some
/// victims once a suspect is prosecuted (the prosecutor states the loss with the demand for
/// sentence, Pasal 48–49), ordered with some convictions, and after notice of the final decision
/// paid in full within the 14 days of Pasal 50 by few, late or in part by some, not at all by many.
struct DemoRestitution {
    let facts: DemoJustice.Facts
    let today: CalendarDate
    private(set) var ledgers: [Restitution] = []
    /// The suspect the claims are made against: the first one prosecuted.
    private var owedBy: String?

    init(facts: DemoJustice.Facts, today: CalendarDate) {
        self.facts = facts
        self.today = today
    }

    /// Claims for about two victims in five, between the investigation and the prosecution.
    mutating func claim(from suspect: String, investigatedOn: CalendarDate, prosecutedOn: CalendarDate, rng: inout SeededRandom) {
        guard owedBy == nil else { return }
        owedBy = suspect
        let span = max(0, investigatedOn.days(until: prosecutedOn))
        for (i, victim) in facts.victims.enumerated() where rng.chance(0.4) {
            let on = investigatedOn.addingDays(rng.int(0...span))
            if let ledger = try? Restitution.claim(id: "\(facts.caseID)-rs\(i + 1)", caseID: facts.caseID, victimID: victim.id,
                                                   suspectID: suspect, responsibleAgencyID: facts.prosecutor,
                                                   claimedOn: on, claims: Self.heads(rng: &rng)) {
                ledgers.append(ledger)
            }
        }
    }

    /// Lost wages nearly always, suffering often, treatment costs and other losses now and then.
    static func heads(rng: inout SeededRandom) -> [RestitutionClaim] {
        let jt: Int64 = 1_000_000
        var claims = [RestitutionClaim(head: .lossOfPropertyOrIncome, amount: Int64(rng.int(5...80)) * jt)]
        if rng.chance(0.6) { claims.append(RestitutionClaim(head: .suffering, amount: Int64(rng.int(10...100)) * jt)) }
        if rng.chance(0.4) { claims.append(RestitutionClaim(head: .medicalOrPsychologicalCosts, amount: Int64(rng.int(2...20)) * jt)) }
        if rng.chance(0.2) { claims.append(RestitutionClaim(head: .otherLosses, amount: Int64(rng.int(1...15)) * jt)) }
        return claims
    }

    /// With a conviction of the suspect the claims are against, the court grants about three
    /// claims in five, often less than claimed. Answers the total ordered, for the verdict.
    mutating func order(against suspect: String, on date: CalendarDate, rng: inout SeededRandom) -> Int64 {
        guard suspect == owedBy, !ledgers.isEmpty, rng.chance(0.6) else { return 0 }
        var total: Int64 = 0
        for i in ledgers.indices {
            let share = Int64(rng.int(30...100))
            let amount = max(1, ledgers[i].totalClaimed * share / 100 / 100_000) * 100_000
            if apply(.order(amount: amount), to: i, on: date) { total += amount }
        }
        return total
    }

    /// Notice of the final decision a few days to weeks after it, then what the convicted pays.
    mutating func execute(against suspect: String, finalOn: CalendarDate, rng: inout SeededRandom) {
        guard suspect == owedBy else { return }
        for i in ledgers.indices where ledgers[i].orderedAmount != nil {
            let notice = finalOn.addingDays(rng.int(3...30))
            guard apply(.finalDecisionNotice, to: i, on: notice) else { continue }
            let owed = ledgers[i].orderedAmount!
            switch rng.weighted([(0, 20), (1, 15), (2, 15), (3, 50)]) {
            case 0: _ = apply(.pay(amount: owed, reason: nil), to: i, on: notice.addingDays(rng.int(1...14)))
            case 1: _ = apply(.pay(amount: owed, reason: nil), to: i, on: notice.addingDays(rng.int(15...180)))
            case 2:
                let part = max(100_000, owed * Int64(rng.int(10...60)) / 100 / 100_000 * 100_000)
                _ = apply(.pay(amount: min(part, owed), reason: nil), to: i, on: notice.addingDays(rng.int(5...120)))
            default: break // unpaid: the victim may ask the court to seize assets; substitute confinement follows
            }
        }
    }

    /// Applies the step unless its day is still to come.
    private mutating func apply(_ event: RestitutionEvent, to i: Int, on date: CalendarDate) -> Bool {
        guard date <= today, let next = try? ledgers[i].apply(event, by: facts.prosecutor, on: date,
                                                             expectedVersion: ledgers[i].version) else { return false }
        ledgers[i] = next
        return true
    }
}
