import Testing
import Cases
@testable import Coordination

@Suite("My work: overdue first, then due soon")
struct WorkQueueTests {
    let today = day("2026-03-10")
    let social = TaskAssignee(agencyID: Agencies.social)

    func item(_ id: String, due: String?, to assignee: TaskAssignee? = nil) -> WorkItem {
        WorkItem(kind: .task, id: id, caseID: "case-1", summary: id, dueOn: due.map(day), assignee: assignee ?? social, escalatedTo: nil)
    }

    @Test func ordersOverdueThenDueSoonThenLaterThenUndated() {
        let items = [item("later", due: "2026-03-20"), item("soon-2", due: "2026-03-12"), item("none", due: nil),
                     item("late-1", due: "2026-03-09"), item("today", due: "2026-03-10"), item("late-5", due: "2026-03-05"),
                     item("edge", due: "2026-03-13"), item("edge+1", due: "2026-03-14")]
        let queue = WorkQueue(items, today: today)
        #expect(queue.entries.map(\.item.id) == ["late-5", "late-1", "today", "soon-2", "edge", "edge+1", "later", "none"])
        #expect(queue.entries.map(\.urgency) == [.overdue, .overdue, .dueSoon, .dueSoon, .dueSoon, .later, .later, .noDueDate])
        #expect(queue.overdue.map(\.days) == [5, 1])
        #expect(queue.dueSoon.map(\.days) == [0, 2, 3])
    }

    @Test func tiesAreBrokenByIdSoTheOrderIsStable() {
        let queue = WorkQueue([item("b", due: "2026-03-01"), item("a", due: "2026-03-01")], today: today)
        #expect(queue.entries.map(\.item.id) == ["a", "b"])
    }

    @Test func aUserSeesTheirOwnTheirRolesAndTheirAgencysOpenWork() {
        let worker = Viewer(userID: "u-1", agencyID: Agencies.social, role: .socialWorker)
        let items = [item("agency", due: "2026-03-11"),
                     item("mine", due: "2026-03-01", to: TaskAssignee(agencyID: Agencies.social, userID: "u-1")),
                     item("colleague", due: "2026-03-01", to: TaskAssignee(agencyID: Agencies.social, userID: "u-9")),
                     item("role", due: "2026-03-02", to: TaskAssignee(agencyID: Agencies.social, role: .socialWorker)),
                     item("other-agency", due: "2026-03-01", to: TaskAssignee(agencyID: Agencies.lpsk))]
        #expect(WorkQueue.forUser(worker, items, today: today).entries.map(\.item.id) == ["mine", "role", "agency"])
        #expect(WorkQueue.forAgency(Agencies.social, items, today: today).entries.map(\.item.id) == ["colleague", "mine", "role", "agency"])
    }

    @Test func referralsProtectionItemsAndEscalatedTasksBecomeWork() throws {
        let referral = try healthReferral()
        let service = try ProtectionItem.request(id: "p-1", caseID: "case-1", victimID: "victim-1", service: .healthRehabilitation,
                                                 responsibleAgencyID: Agencies.social, requestedBy: Agencies.police,
                                                 requestedOn: day("2026-03-01"))
        let supervisor = TaskAssignee(agencyID: "gugus-tugas", role: .administrator)
        let task = try CoordinationTask.create(id: "t-1", caseID: "case-1", title: "Visum", by: Agencies.police, on: day("2026-03-01"),
                                               assignee: social, dueOn: day("2026-03-02"), supervisor: supervisor, escalateAfterDays: 1)
            .apply(.escalate, by: Agencies.police, on: day("2026-03-05"), expectedVersion: 1)
        let items = [WorkItem(referral), WorkItem(service), WorkItem(task)].compactMap { $0 }
        let socialQueue = WorkQueue.forAgency(Agencies.social, items, today: today)
        #expect(socialQueue.entries.map(\.item.kind) == [.task, .protectionItem, .referral])
        #expect(socialQueue.entries.first { $0.item.kind == .protectionItem }?.days == 2)
        let boss = Viewer(userID: "boss", agencyID: "gugus-tugas", role: .administrator)
        #expect(WorkQueue.forUser(boss, items, today: today).entries.map(\.item.id) == ["t-1"])
        // Closed records leave the queue.
        let delivered = try service.apply(.deliver, by: Agencies.social, on: day("2026-03-09"), expectedVersion: 1)
        #expect(WorkItem(delivered) == nil)
    }

    @Test func restitutionIsWorkOnceTheFinalNoticeStartsTheClock() throws {
        let claimed = try Restitution.claim(id: "rs", caseID: "case-1", victimID: "v", suspectID: nil, responsibleAgencyID: Agencies.prosecutor,
                                            claimedOn: day("2026-01-01"), claims: [RestitutionClaim(head: .suffering, amount: 10)])
        let ordered = try claimed.apply(.order(amount: 10), by: Agencies.prosecutor, on: day("2026-02-01"), expectedVersion: 1)
        #expect(WorkItem(ordered) == nil)
        let noticed = try ordered.apply(.finalDecisionNotice, by: Agencies.prosecutor, on: day("2026-02-20"), expectedVersion: 2)
        #expect(WorkItem(noticed)?.dueOn == day("2026-03-06"))
    }
}
