import Testing
import Cases
@testable import Coordination

/// Two people open the same record; the second to save is told, not silently overwritten.
@Suite("Concurrent edits are detected")
struct VersionConflictTests {
    @Test func theSecondSaveOnAReferralIsRefused() throws {
        // Set-up: both forms were built from version 1.
        let original = try healthReferral()
        let first = try original.apply(.accept, by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
        // Under test: the second save, computed from version 1, against the stored version 2.
        let error = coordinationError { try first.apply(.decline(reason: "Penuh"), by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1) }
        // Must hold: a 409 naming both versions, and the stored record unchanged.
        #expect(error == .versionConflict(expected: 1, actual: 2))
        #expect(error?.httpStatus == 409)
        #expect(error?.message(.english).contains("now version 2") == true)
        #expect(error?.message(.indonesian).contains("versi 2") == true)
        #expect(first.status == .accepted && first.version == 2)
    }

    @Test func theVersionIsCheckedBeforeAnythingElse() throws {
        // Even a wrong agency on a stale form hears about the conflict first: reloading shows the truth.
        let error = coordinationError { try healthReferral().apply(.accept, by: Agencies.uninvolved, on: day("2026-03-02"), expectedVersion: 7) }
        #expect(error == .versionConflict(expected: 7, actual: 1))
    }

    @Test func everyRecordChecksItsVersion() throws {
        let item = try ProtectionItem.request(id: "p", caseID: "c", victimID: "v", service: .repatriation, responsibleAgencyID: "a",
                                              requestedBy: "b", requestedOn: day("2026-03-01"))
        #expect(coordinationError { try item.apply(.start, by: "a", on: day("2026-03-02"), expectedVersion: 0) } == .versionConflict(expected: 0, actual: 1))
        let restitution = try Restitution.claim(id: "r", caseID: "c", victimID: "v", suspectID: nil, responsibleAgencyID: "a",
                                                claimedOn: day("2026-03-01"), claims: [RestitutionClaim(head: .suffering, amount: 1)])
        #expect(coordinationError { try restitution.apply(.order(amount: 1), by: "a", on: day("2026-03-02"), expectedVersion: 2) } == .versionConflict(expected: 2, actual: 1))
        let track = JusticeTrack.report(id: "j", caseID: "c", suspectID: nil, by: "a", on: day("2026-03-01"))
        #expect(coordinationError { try track.apply(.advance(to: .inquiry), by: "a", on: day("2026-03-02"), expectedVersion: 3) } == .versionConflict(expected: 3, actual: 1))
        let task = try CoordinationTask.create(id: "t", caseID: nil, title: "x", by: "a", on: day("2026-03-01"),
                                               assignee: TaskAssignee(agencyID: "b"), dueOn: day("2026-03-02"), supervisor: TaskAssignee(agencyID: "a"))
        #expect(coordinationError { try task.apply(.complete(note: nil), by: "b", on: day("2026-03-02"), expectedVersion: 2) } == .versionConflict(expected: 2, actual: 1))
    }

    @Test func eachAcceptedChangeRaisesTheVersionByOneAndRecordsIt() throws {
        let r = try healthReferral().applying([(.accept, Agencies.social), (.start, Agencies.social)])
        #expect(r.version == 3)
        #expect(r.history.map(\.version) == [1, 2, 3])
    }
}

@Suite("Records reload as the store saved them")
struct RestoringTests {
    @Test func aReloadedReferralEqualsTheOneSaved() throws {
        let r = try healthReferral().apply(.accept, by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
        let reloaded = Referral(restoring: r.id, caseID: r.caseID, victimID: r.victimID, fromAgencyID: r.fromAgencyID,
                                toAgencyID: r.toAgencyID, service: r.service, consent: r.consent, grants: r.grants,
                                requestedOn: r.requestedOn, dueOn: r.dueOn, status: r.status, reason: r.reason,
                                outcome: r.outcome, outcomeNote: r.outcomeNote, version: r.version, history: r.history)
        #expect(reloaded == r)
        // The version check then works on the reloaded record as on the original.
        #expect(coordinationError { try reloaded.apply(.start, by: Agencies.social, on: day("2026-03-03"), expectedVersion: 1) }
                == .versionConflict(expected: 1, actual: 2))
    }
}
