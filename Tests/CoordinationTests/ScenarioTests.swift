import Testing
import Cases
@testable import Coordination

/// The walk the issue is done with: a case from report to a referral a social worker accepts,
/// health rehabilitation delivered on day 9 and flagged late against 7 days, and an uninvolved
/// agency that sees none of it.
@Suite("Issue #6 walk-through")
struct ScenarioTests {
    @Test func reportReferralLateHealthRehabilitationAndAnOutsiderWhoSeesNothing() throws {
        // Set-up: the police register the case and refer the victim for health rehabilitation.
        let track = JusticeTrack.report(id: "j-1", caseID: "case-1", suspectID: nil, by: Agencies.police, on: day("2026-03-01"))
        var referral = try healthReferral()
        referral = try referral.apply(.accept, by: Agencies.social, on: day("2026-03-01"), expectedVersion: referral.version)
        referral = try referral.apply(.start, by: Agencies.social, on: day("2026-03-02"), expectedVersion: referral.version)
        var item = try ProtectionItem.request(id: "p-1", caseID: "case-1", victimID: "victim-1", service: .healthRehabilitation,
                                              responsibleAgencyID: Agencies.social, requestedBy: Agencies.police,
                                              requestedOn: referral.requestedOn, referralID: referral.id)

        // Under test: delivered on day 9 after the request.
        item = try item.apply(.deliver, by: Agencies.social, on: referral.requestedOn.addingDays(9), expectedVersion: item.version)
        referral = try referral.apply(.complete(outcome: .delivered, note: nil), by: Agencies.social,
                                      on: item.closedOn!, expectedVersion: referral.version)

        // Must hold: late by 2 days against Pasal 52's 7; the outcome is on the police's referral;
        // the outsider sees nothing, the social worker sees only what was granted.
        #expect(item.isLate(today: day("2026-03-31")) && item.daysLate(today: day("2026-03-31")) == 2)
        #expect(item.deadline?.days == 7)
        #expect(referral.status == .completed && referral.outcome == .delivered)
        let events = track.timelineEvents + referral.timelineEvents + item.timelineEvents
        func sees(_ v: Viewer) -> [TimelineEvent] {
            TimelineVisibility(viewer: v, leadAgencyIDs: [Agencies.police], referrals: [referral]).timeline(events)
        }
        #expect(sees(Viewer(userID: "x", agencyID: Agencies.uninvolved, role: .socialWorker)).isEmpty)
        #expect(sees(Viewer(userID: "p", agencyID: Agencies.police, role: .investigator)).count == events.count)
        #expect(!sees(Viewer(userID: "s", agencyID: Agencies.social, role: .socialWorker)).contains { $0.category == .justice })
    }
}
