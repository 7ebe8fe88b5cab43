import Cases
import Coordination

/// Referrals and protection services for demo cases, moved through the domain's own
/// transitions so that every demo record is one the system could have produced: most older
/// referrals done, recent ones waiting, some services delivered late against Pasal 52.
public struct DemoCoordinationGenerator {
    private var rng: SeededRandom
    private let today: CalendarDate

    public init(seed: UInt64, today: CalendarDate) {
        rng = SeededRandom(seed: seed ^ 0x5EED_C00D)
        self.today = today
    }

    public struct Records: Sendable {
        public var referrals: [Referral] = []
        public var services: [ProtectionItem] = []
    }

    /// `victimIDs` are the ids the loader gave the case's victims, in order.
    public mutating func records(for c: DemoCase, victimIDs: [String]) -> Records {
        var out = Records()
        guard let victim = victimIDs.first, c.agencyIDs.count >= 2, rng.chance(0.8),
              let opened = CalendarDate(iso: c.record.openedOn) else { return out }
        let from = c.agencyIDs[0], to = c.agencyIDs.count > 2 && rng.chance(0.3) ? c.agencyIDs[2] : c.agencyIDs[1]
        let service: ReferralService = rng.weighted([(.healthRehabilitation, 35), (.socialRehabilitation, 25), (.shelter, 15),
                                                     (.psychologicalSupport, 10), (.repatriation, 10), (.legalAid, 5)])
        let requested = min(today, opened.addingDays(rng.int(0...20)))
        let due = service.protectionService?.deadline(requestedOn: requested)?.dueOn ?? requested.addingDays(14)
        guard var referral = try? Referral.request(id: "\(c.record.id)-r1", caseID: c.record.id, victimID: victim, from: from, to: to,
                                                   service: service, consent: ConsentBasis(kind: .victimConsent, recordedOn: requested, explanation: nil),
                                                   grants: [.caseSummary, .protectionTrack], requestedOn: requested, dueOn: due) else { return out }
        let age = requested.days(until: today)
        // Referrals older than half a year are finished; the last months' are often in
        // progress or late; the last weeks' often still waiting.
        let steps = age > 180 ? 4 : age > 30 ? rng.weighted([(4, 70), (2, 15), (1, 10), (0, 5)])
            : rng.weighted([(0, 40), (1, 30), (2, 20), (4, 10)])
        var on = requested
        func step(_ e: ReferralEvent) {
            on = min(today, on.addingDays(rng.int(0...4)))
            if let next = try? referral.apply(e, by: e == .withdraw(reason: "") ? from : to, on: on, expectedVersion: referral.version) {
                referral = next
            }
        }
        if steps >= 1 { step(.accept) }
        if steps >= 2 { step(.start) }
        if steps >= 4 { step(.complete(outcome: .delivered, note: nil)) }
        out.referrals.append(referral)
        if steps >= 1, let kind = service.protectionService,
           var item = try? ProtectionItem.request(id: "\(c.record.id)-s1", caseID: c.record.id, victimID: victim, service: kind,
                                                  responsibleAgencyID: to, requestedBy: from, requestedOn: requested, referralID: referral.id) {
            if steps >= 2 {
                // Delivered within the seven days mostly; a fifth late, as the monitoring reports find.
                let delivered = min(today, requested.addingDays(rng.chance(0.8) ? rng.int(1...7) : rng.int(8...20)))
                if let next = try? item.apply(.deliver, by: to, on: max(delivered, on), expectedVersion: item.version) { item = next }
            }
            out.services.append(item)
        }
        return out
    }
}
