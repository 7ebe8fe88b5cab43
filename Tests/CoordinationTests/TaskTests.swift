import Testing
import Cases
@testable import Coordination

@Suite("Tasks across agencies and escalation")
struct TaskTests {
    let supervisor = TaskAssignee(agencyID: "gugus-tugas-jatim", role: .administrator)

    func task(_ id: String = "t-1", due: String = "2026-03-10", after: Int = 3) throws(CoordinationError) -> CoordinationTask {
        try CoordinationTask.create(id: id, caseID: "case-1", title: "Kirim hasil visum", by: Agencies.police, on: day("2026-03-01"),
                                    assignee: TaskAssignee(agencyID: Agencies.social, role: .socialWorker), dueOn: day(due),
                                    supervisor: supervisor, escalateAfterDays: after)
    }

    @Test func theAssigneeCompletesAndTheCreatorCancels() throws {
        let done = try task().apply(.complete(note: "Terkirim"), by: Agencies.social, on: day("2026-03-05"), expectedVersion: 1)
        #expect(done.status == .done && done.closedOn == day("2026-03-05") && done.allowedActions.isEmpty)
        let cancelled = try task().apply(.cancel(reason: "Tidak diperlukan"), by: Agencies.police, on: day("2026-03-05"), expectedVersion: 1)
        #expect(cancelled.status == .cancelled)
        let byAssignee = coordinationError { try task().apply(.cancel(reason: "x"), by: Agencies.social, on: day("2026-03-05"), expectedVersion: 1) }
        guard case let .notPermitted(_, _, _, onlyBy)? = byAssignee else { Issue.record("no error"); return }
        #expect(onlyBy.code == "creating_agency")
        #expect(coordinationError { try task().apply(.complete(note: nil), by: Agencies.uninvolved, on: day("2026-03-05"), expectedVersion: 1) }?.httpStatus == 403)
        #expect(coordinationError { try task().apply(.cancel(reason: " "), by: Agencies.police, on: day("2026-03-05"), expectedVersion: 1) }?.field == "reason")
    }

    @Test func closedTasksTakeNoFurtherSteps() throws {
        let done = try task().apply(.complete(note: nil), by: Agencies.social, on: day("2026-03-05"), expectedVersion: 1)
        for event in [TaskEvent.complete(note: nil), .cancel(reason: "x"), .reassign(to: supervisor), .escalate] {
            #expect(coordinationError { try done.apply(event, by: Agencies.police, on: day("2026-03-06"), expectedVersion: 2) }?.httpStatus == 409)
        }
    }

    @Test func reassigningMovesTheTask() throws {
        let moved = try task().apply(.reassign(to: TaskAssignee(agencyID: Agencies.lpsk)), by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
        #expect(moved.assignee.agencyID == Agencies.lpsk)
        // The old assignee is no longer a party to it.
        #expect(coordinationError { try moved.apply(.complete(note: nil), by: Agencies.social, on: day("2026-03-03"), expectedVersion: 2) }?.httpStatus == 403)
    }

    @Test func escalationIsDueOnceOverdueByTheGivenDays() throws {
        // Set-up: due 10 March, escalate after 3 days overdue.
        let t = try task()
        #expect(t.daysOverdue(today: day("2026-03-10")) == 0)
        #expect(!t.needsEscalation(today: day("2026-03-12")))
        #expect(t.needsEscalation(today: day("2026-03-13")))
        // Under test: the pure selection, most overdue first, for a pinned day.
        let others = [try task("t-2", due: "2026-03-05"), try task("t-3", due: "2026-03-12"), try task("t-4", due: "2026-03-01", after: 0)]
        let due = CoordinationTask.needingEscalation([t] + others, today: day("2026-03-13"))
        #expect(due.map(\.id) == ["t-4", "t-2", "t-1"])
        // Once escalated it is not selected again, and cannot be escalated twice.
        let escalated = try t.apply(.escalate, by: Agencies.social, on: day("2026-03-13"), expectedVersion: 1)
        #expect(escalated.escalatedOn == day("2026-03-13"))
        #expect(CoordinationTask.needingEscalation([escalated], today: day("2026-04-01")).isEmpty)
        #expect(coordinationError { try escalated.apply(.escalate, by: Agencies.social, on: day("2026-03-14"), expectedVersion: 2) }?.httpStatus == 409)
    }

    @Test func creationIsChecked() {
        #expect(coordinationError { try task(due: "2026-02-01") }?.field == "dueOn")
        #expect(coordinationError { try task(after: -1) }?.field == "escalateAfterDays")
        #expect(coordinationError {
            try CoordinationTask.create(id: "x", caseID: nil, title: "  ", by: "a", on: day("2026-03-01"), assignee: supervisor,
                                        dueOn: day("2026-03-02"), supervisor: supervisor)
        }?.field == "title")
    }

    @Test func anAssigneeMatchesTheUserTheRoleOrTheWholeAgency() {
        let worker = Viewer(userID: "u-1", agencyID: Agencies.social, role: .socialWorker)
        let colleague = Viewer(userID: "u-2", agencyID: Agencies.social, role: .ngoCaseworker)
        #expect(TaskAssignee(agencyID: Agencies.social).includes(colleague))
        #expect(TaskAssignee(agencyID: Agencies.social, role: .socialWorker).includes(worker))
        #expect(!TaskAssignee(agencyID: Agencies.social, role: .socialWorker).includes(colleague))
        #expect(TaskAssignee(agencyID: Agencies.social, userID: "u-2").includes(colleague))
        #expect(!TaskAssignee(agencyID: Agencies.lpsk).includes(worker))
    }
}
