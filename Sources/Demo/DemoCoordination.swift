import Cases
import Coordination

/// Referrals and protection services for demo victims, moved through the domain's own
/// transitions so that every demo record is one the system could have produced. Most referrals
/// are accepted within days, a few declined or withdrawn; most services are delivered within
/// the seven days of Pasal 52/53, a fifth late, some not at all (with the reason); recent ones
/// are still open.
public struct DemoCoordinationGenerator {
    private var rng: SeededRandom
    /// For the confirmations of person links, apart so that services stay as they are for a seed.
    var linking: SeededRandom
    let today: CalendarDate

    public init(seed: UInt64, today: CalendarDate) {
        rng = SeededRandom(seed: seed ^ 0x5EED_C00D)
        linking = SeededRandom(seed: seed ^ 0x11_4C1D)
        self.today = today
    }

    public struct Records: Sendable {
        public var referrals: [Referral] = []
        public var services: [ProtectionItem] = []
    }

    public mutating func records(for c: DemoCase) -> Records {
        var out = Records()
        guard c.agencyIDs.count >= 2, let opened = CalendarDate(iso: c.record.openedOn) else { return out }
        let plan = DemoServicePlan(c)
        var n = 0
        for victim in c.persons where victim.role == .victim {
            for r in plan.requests(for: victim, rng: &rng) {
                let requested = opened.addingDays(r.after)
                guard requested <= today else { continue }
                n += 1
                guard let kind = r.service.protectionService else { continue }
                if let from = r.from {
                    guard let accepted = refer(r, from: from, victim: victim, id: "\(c.record.id)-r\(n)", on: requested, into: &out) else { continue }
                    out.services.append(serve(kind, id: "\(c.record.id)-s\(n)", r, requestedBy: from, victim: victim, on: requested,
                                              accepted: accepted, referrals: &out.referrals))
                } else {
                    out.services.append(serve(kind, id: "\(c.record.id)-s\(n)", r, requestedBy: r.to, victim: victim, on: requested,
                                              accepted: requested, referrals: &out.referrals))
                }
            }
        }
        return out
    }

    /// The referral, and the day the receiving agency accepted it (nil: declined, withdrawn or still waiting).
    private mutating func refer(_ r: DemoServicePlan.Request, from: String, victim: DemoPerson, id: String, on requested: CalendarDate,
                                into out: inout Records) -> CalendarDate? {
        let due = r.service.protectionService?.deadline(requestedOn: requested)?.dueOn ?? requested.addingDays(30)
        let consent = r.service == .emergencyCare
            ? ConsentBasis(kind: .urgentProtection, recordedOn: requested, explanation: "Korban membutuhkan pertolongan segera (Pasal 53)")
            : ConsentBasis(kind: victim.age < 18 ? .guardianConsent : .victimConsent, recordedOn: requested, explanation: nil)
        var grants: Set<ReferralGrant> = [.caseSummary, .protectionTrack]
        if [.repatriation, .shelter, .legalAid, .lpskProtection].contains(r.service) { grants.formUnion([.victimIdentity, .victimContact]) }
        guard var referral = try? Referral.request(id: id, caseID: victim.caseID, victimID: victim.id, from: from, to: r.to,
                                                   service: r.service, consent: consent, grants: grants,
                                                   requestedOn: requested, dueOn: due) else { return nil }
        let fate = rng.weighted([(0, 91), (1, 6), (2, 3)])
        let on = requested.addingDays(fate == 0 ? rng.int(0...3) : rng.int(1...10))
        let event: ReferralEvent = fate == 1
            ? .decline(reason: rng.pick(["Di luar wilayah layanan kami", "Kapasitas rumah aman penuh", "Layanan tidak tersedia di instansi kami"]))
            : fate == 2 ? .withdraw(reason: "Korban sudah mendapat layanan dari instansi lain") : .accept
        if on <= today, let next = try? referral.apply(event, by: fate == 2 ? from : r.to, on: on, expectedVersion: referral.version) {
            referral = next
        }
        out.referrals.append(referral)
        return referral.status == .accepted ? on : nil
    }

    /// The service from the day it was accepted: started, then delivered, not delivered or still
    /// running; the referral it came from, if any (the last one appended), follows it.
    private mutating func serve(_ kind: ProtectionService, id: String, _ r: DemoServicePlan.Request, requestedBy: String,
                                victim: DemoPerson, on requested: CalendarDate, accepted: CalendarDate,
                                referrals: inout [Referral]) -> ProtectionItem {
        let referred = r.from != nil
        // Without an agreed due date there is nothing for `request` to refuse.
        var item = try! ProtectionItem.request(id: id, caseID: victim.caseID, victimID: victim.id, service: kind,
                                               responsibleAgencyID: r.to, requestedBy: requestedBy, requestedOn: requested,
                                               referralID: referred ? referrals.last?.id : nil)
        func step(_ e: ProtectionEvent, _ re: ReferralEvent?, on date: CalendarDate) -> Bool {
            guard date <= today, let next = try? item.apply(e, by: r.to, on: date, expectedVersion: item.version) else { return false }
            item = next
            if referred, let re, let last = referrals.last,
               let moved = try? last.apply(re, by: r.to, on: date, expectedVersion: last.version) {
                referrals[referrals.count - 1] = moved
            }
            return true
        }
        let times = DemoServiceTimes.plan(kind, rng: &rng)
        let startedOn = max(accepted, requested.addingDays(times.start))
        guard step(.start, .start, on: startedOn), let end = times.end else { return item } // still running: a shelter stay, long rehabilitation
        _ = step(end.event, .complete(outcome: end.outcome, note: nil), on: max(startedOn, requested.addingDays(end.after)))
        return item
    }
}
