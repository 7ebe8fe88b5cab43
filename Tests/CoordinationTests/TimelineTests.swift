import Testing
import Cases
@testable import Coordination

@Suite("Case timeline filtered to the viewer")
struct TimelineTests {
    let police = Viewer(userID: "pol-1", agencyID: Agencies.police, role: .investigator)
    let worker = Viewer(userID: "sw-1", agencyID: Agencies.social, role: .socialWorker)
    let outsider = Viewer(userID: "x-1", agencyID: Agencies.uninvolved, role: .socialWorker)

    /// A case with a referral for victim-1, services for two victims, a justice track and a task.
    func caseEvents(referral: Referral) throws(CoordinationError) -> [TimelineEvent] {
        let mine = try ProtectionItem.request(id: "p-1", caseID: "case-1", victimID: "victim-1", service: .healthRehabilitation,
                                              responsibleAgencyID: Agencies.lpsk, requestedBy: Agencies.police, requestedOn: day("2026-03-03"))
        let other = try ProtectionItem.request(id: "p-2", caseID: "case-1", victimID: "victim-2", service: .shelter,
                                               responsibleAgencyID: Agencies.lpsk, requestedBy: Agencies.police, requestedOn: day("2026-03-03"))
        let justice = try JusticeTrack.report(id: "j-1", caseID: "case-1", suspectID: "s-1", by: Agencies.police, on: day("2026-03-01"))
            .apply(.advance(to: .inquiry), by: Agencies.police, on: day("2026-03-04"), expectedVersion: 1)
        let task = try CoordinationTask.create(id: "t-1", caseID: "case-1", title: "Visum", by: Agencies.police, on: day("2026-03-02"),
                                               assignee: TaskAssignee(agencyID: Agencies.prosecutor), dueOn: day("2026-03-09"),
                                               supervisor: TaskAssignee(agencyID: Agencies.police))
        let opened = TimelineEvent(id: "case:case-1:1", caseID: "case-1", on: day("2026-03-01"), sequence: 0, category: .caseRecord,
                                   subjectID: "case-1", victimID: nil, byAgencyID: Agencies.police, action: "register",
                                   from: "reported", to: "reported", note: nil, parties: [])
        return [opened] + referral.timelineEvents + mine.timelineEvents + other.timelineEvents + justice.timelineEvents + task.timelineEvents
    }

    func accepted(grants: Set<ReferralGrant>) throws(CoordinationError) -> Referral {
        try healthReferral(grants: grants).apply(.accept, by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
    }

    func visible(to viewer: Viewer, referral: Referral) throws(CoordinationError) -> [String] {
        TimelineVisibility(viewer: viewer, leadAgencyIDs: [Agencies.police], referrals: [referral])
            .timeline(try caseEvents(referral: referral)).map(\.id)
    }

    @Test func theLeadAgencySeesEverythingInOrder() throws {
        let ids = try visible(to: police, referral: try accepted(grants: []))
        #expect(ids.count == 8)
        #expect(ids.first == "case:case-1:1")
        #expect(ids == ["case:case-1:1", "justice:j-1:1", "referral:ref-1:1", "task:t-1:1", "referral:ref-1:2",
                        "protection:p-1:1", "protection:p-2:1", "justice:j-1:2"])
    }

    @Test func sameDayStepsFollowTheOrderTheyWereSaved() throws {
        // The service a referral opened is dated the same day as the referral's request; its id
        // sorts first, but it was saved after.
        var referral = try healthReferral(grants: [])
        referral.stampHistory(at: "2026-03-03T08:00:00.000Z")
        var service = try ProtectionItem.request(id: "a-service", caseID: "case-1", victimID: "victim-1", service: .healthRehabilitation,
                                                 responsibleAgencyID: Agencies.social, requestedBy: Agencies.police,
                                                 requestedOn: referral.requestedOn, referralID: referral.id)
        service.stampHistory(at: "2026-03-03T09:30:00.000Z")
        let ids = TimelineVisibility(viewer: police, leadAgencyIDs: [Agencies.police], referrals: [referral])
            .timeline(service.timelineEvents + referral.timelineEvents).map(\.id)
        #expect(ids == ["referral:ref-1:1", "protection:a-service:1"])
        // A stamp, once given, is kept: a later save does not move an old step.
        service.stampHistory(at: "2026-03-04T10:00:00.000Z")
        #expect(service.history.first?.recordedAt == "2026-03-03T09:30:00.000Z")
    }

    @Test func anUninvolvedAgencySeesNothing() throws {
        #expect(try visible(to: outsider, referral: try accepted(grants: Set(ReferralGrant.allCases))).isEmpty)
    }

    @Test func theReceivingAgencySeesOnlyWhatTheReferralGrants() throws {
        // Only the referral itself without grants.
        #expect(try visible(to: worker, referral: try accepted(grants: [])) == ["referral:ref-1:1", "referral:ref-1:2"])
        // The case summary and the referred victim's protection track, not the other victim's, not justice or tasks.
        #expect(try visible(to: worker, referral: try accepted(grants: [.caseSummary, .protectionTrack]))
                == ["case:case-1:1", "referral:ref-1:1", "referral:ref-1:2", "protection:p-1:1"])
        #expect(try visible(to: worker, referral: try accepted(grants: [.justiceTrack]))
                == ["justice:j-1:1", "referral:ref-1:1", "referral:ref-1:2", "justice:j-1:2"])
    }

    @Test func grantsApplyOnlyWhileTheReferralIsAcceptedOrInProgress() throws {
        let requested = try healthReferral(grants: [.caseSummary, .protectionTrack])
        #expect(try visible(to: worker, referral: requested) == ["referral:ref-1:1"])
        let declined = try requested.apply(.decline(reason: "Penuh"), by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
        #expect(try visible(to: worker, referral: declined) == ["referral:ref-1:1", "referral:ref-1:2"])
    }

    @Test func aWholeCaseReferralCoversEveryVictim() throws {
        let referral = try healthReferral(victimID: nil, grants: [.protectionTrack])
            .apply(.accept, by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
        #expect(try visible(to: worker, referral: referral).filter { $0.hasPrefix("protection") } == ["protection:p-1:1", "protection:p-2:1"])
    }

    @Test func partiesSeeTheirOwnRecordsAndAnalystsSeeNothing() throws {
        let jaksa = Viewer(userID: "j", agencyID: Agencies.prosecutor, role: .prosecutor)
        #expect(try visible(to: jaksa, referral: try accepted(grants: [])) == ["task:t-1:1"])
        let lpsk = Viewer(userID: "l", agencyID: Agencies.lpsk, role: .lpskOfficer)
        #expect(try visible(to: lpsk, referral: try accepted(grants: [])) == ["protection:p-1:1", "protection:p-2:1"])
        let analyst = Viewer(userID: "a", agencyID: Agencies.police, role: .analyst)
        #expect(try visible(to: analyst, referral: try accepted(grants: [])).isEmpty)
        let admin = Viewer(userID: "ad", agencyID: "gugus-tugas", role: .administrator)
        #expect(try visible(to: admin, referral: try accepted(grants: [])).count == 8)
    }
}
