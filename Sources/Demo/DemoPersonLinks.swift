import Cases
import Coordination

/// Which re-recorded persons a caseworker has already confirmed as the same person as the earlier
/// record, and when: most victims (their services and restitution follow them across agencies),
/// fewer suspects; weeks after the later case was opened, so the newest are still waiting for
/// the matcher to suggest them.
extension DemoCoordinationGenerator {
    public struct Confirmation: Sendable {
        public let person: DemoPerson
        public let earlier: DemoPerson.Earlier
        /// The agency of the later case that confirmed it: the protection office for a victim, the police for others.
        public let agencyID: String
        public let on: CalendarDate
    }

    /// Victims confirmed four times in five, suspects and witnesses three in five.
    public static let victimShare = 0.8, otherShare = 0.6

    public mutating func confirmations(in c: DemoCase) -> [Confirmation] {
        guard let opened = CalendarDate(iso: c.record.openedOn) else { return [] }
        return c.persons.compactMap { p in
            guard let earlier = p.sameAs, linking.chance(p.role == .victim ? Self.victimShare : Self.otherShare) else { return nil }
            let on = opened.addingDays(linking.int(3...90))
            guard on <= today else { return nil }
            let agency = p.role == .victim && c.agencyIDs.count > 1 ? c.agencyIDs[1] : c.agencyIDs[0]
            return Confirmation(person: p, earlier: earlier, agencyID: agency, on: on)
        }
    }
}
