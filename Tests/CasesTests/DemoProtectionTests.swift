import Coordination
import Testing
@testable import Cases
@testable import Demo

/// The demo's protection services, referrals and confirmed person links.
@Suite("Demo protection and links")
struct DemoProtectionTests {
    static let today = DemoProceedingsTests.today
    static let made: [(DemoCase, DemoCoordinationGenerator.Records)] = {
        var coordination = DemoCoordinationGenerator(seed: 2026, today: today)
        return DemoProceedingsTests.cases.map { ($0, coordination.records(for: $0)) }
    }()

    @Test func victimsGetSeveralServicesAndTheLateOnesShow() {
        let items = Self.made.flatMap(\.1.services)
        let perVictim = Dictionary(grouping: items, by: \.victimID).mapValues(\.count)
        let victims = Self.made.flatMap { $0.0.persons.filter { $0.role == .victim } }.count
        #expect(Double(perVictim.values.filter { $0 > 1 }.count) / Double(victims) > 0.3)
        let deadlined = items.filter { $0.deadline != nil && $0.status == .delivered }
        let late = Double(deadlined.filter { $0.isLate(today: Self.today) }.count) / Double(deadlined.count)
        #expect((0.15...0.35).contains(late), "\(late) delivered late")
        #expect(items.contains { $0.status == .notDelivered && $0.notDeliveredReason != nil })
        #expect(items.contains { $0.status.isOpen })
        #expect(items.contains { $0.service == .emergencyCare } && items.contains { $0.service == .shelter })
        for i in items {
            #expect(i.history.allSatisfy { $0.on <= Self.today && $0.on >= i.requestedOn })
        }
    }

    @Test func repatriationIsForVictimsAbroadAndIsGivenByTheMissionOrTheMigrantOffice() {
        for (c, r) in Self.made {
            for item in r.services where item.service == .repatriation {
                #expect(c.destination != "ID")
                #expect(item.responsibleAgencyID != c.agencyIDs[0])
            }
        }
        #expect(Self.made.flatMap(\.1.services).filter { $0.service == .repatriation }.count > 100)
    }

    @Test func mostReferralsAreAcceptedSomeDeclinedAndOldOnesFinished() {
        let referrals = Self.made.flatMap(\.1.referrals)
        let n = Double(referrals.count)
        #expect((0.03...0.1).contains(Double(referrals.filter { $0.status == .declined }.count) / n))
        let old = referrals.filter { $0.requestedOn.addingDays(365) < Self.today && $0.status != .declined && $0.status != .withdrawn }
        #expect(Double(old.filter { $0.status == .completed }.count) / Double(old.count) > 0.8)
        for (c, r) in Self.made {
            #expect(r.referrals.allSatisfy { c.agencyIDs.contains($0.fromAgencyID) && c.agencyIDs.contains($0.toAgencyID) })
        }
    }

    @Test func mostRecordedAgainPersonsAreConfirmedAcrossCases() {
        var links = DemoCoordinationGenerator(seed: 2026, today: Self.today)
        let again = DemoProceedingsTests.cases.flatMap(\.persons).filter { $0.sameAs != nil }
        let confirmed = DemoProceedingsTests.cases.flatMap { links.confirmations(in: $0) }
        #expect(again.count > 200)
        #expect((0.55...0.85).contains(Double(confirmed.count) / Double(again.count)))
        for l in confirmed {
            #expect(l.person.caseID != String(l.earlier.id[..<l.earlier.id.lastIndex(of: "-")!]))
            #expect(l.on <= Self.today)
        }
    }
}
