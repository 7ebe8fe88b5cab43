import Cases
import Coordination
import Foundation
import Store

/// Tasks across agencies and restitution, with the same checks as referrals.
extension CoordinationService {
    /// A task for another agency (or one role or user there); the creating agency supervises it.
    func createTask(caseID: String, title: String, assignee: TaskAssignee, dueOn: CalendarDate, escalateAfterDays: Int,
                    today: CalendarDate, by viewer: Viewer) async throws -> CoordinationTask {
        let involved = Set(try await store.cases.involvedAgencies(caseID: caseID).map(\.id))
        guard involved.contains(viewer.agencyID), viewer.role.mayRegisterCases else { throw StoreError.notFound("case \(caseID)") }
        // Only agencies already on the case: a task must not widen who sees it.
        guard involved.contains(assignee.agencyID) else {
            throw CoordinationError.input("assignee", id: "Pilih instansi yang terlibat dalam kasus", en: "Choose an agency involved in the case")
        }
        // A task for a role nobody in that agency holds would appear on no one's list.
        if let role = assignee.role {
            guard try await store.users.enabledCount(agencyID: assignee.agencyID, role: role) > 0 else {
                throw CoordinationError.input("assigneeRole", id: "Instansi itu tidak memiliki pengguna aktif dengan peran \(role.label.id)",
                                              en: "That agency has no enabled user with the role \(role.label.en)")
            }
        }
        let task = try CoordinationTask.create(id: UUID().uuidString.lowercased(), caseID: caseID, title: title, by: viewer.agencyID,
                                               on: today, assignee: assignee, dueOn: dueOn,
                                               supervisor: TaskAssignee(agencyID: viewer.agencyID), escalateAfterDays: escalateAfterDays)
        try await store.coordination.insert(task, by: viewer, notify: assignee.agencyID == viewer.agencyID ? nil : Notice(
            agencyID: assignee.agencyID, userID: assignee.userID, caseID: caseID, recordID: task.id,
            text: ("Tugas baru: \(task.title), tenggat \(dueOn)", "New task: \(task.title), due \(dueOn)")))
        return task
    }

    func act(onTask id: String, _ event: TaskEvent, on date: CalendarDate, expectedVersion: Int, by viewer: Viewer) async throws -> CoordinationTask {
        guard let task = try await store.coordination.find(CoordinationTask.self, id: id) else { throw StoreError.notFound("task \(id)") }
        let next = try task.apply(event, by: viewer.agencyID, on: date, expectedVersion: expectedVersion)
        let other = viewer.agencyID == task.createdByAgencyID ? task.assignee.agencyID : task.createdByAgencyID
        try await store.coordination.update(next, previousVersion: task.version, action: event.action.rawValue, by: viewer,
                                            notify: other == viewer.agencyID ? nil : Notice(
            agencyID: other, caseID: task.caseID, recordID: task.id,
            text: ("Tugas \(task.title): \(next.status.label.id)", "Task \(task.title): \(next.status.label.en)")))
        return next
    }

    /// Escalates every open task overdue past its allowance to its supervisor; answers how many.
    /// Run by each server hourly: the version check makes a second server's attempt a no-op.
    @discardableResult
    func escalateOverdueTasks(today: CalendarDate) async throws -> Int {
        var done = 0
        for task in CoordinationTask.needingEscalation(try await store.coordination.overdueTasks(today: today), today: today) {
            guard let next = try? task.apply(.escalate, by: task.createdByAgencyID, on: today, expectedVersion: task.version) else { continue }
            let system = Viewer(userID: "", agencyID: task.createdByAgencyID, role: .administrator)
            do {
                try await store.coordination.update(next, previousVersion: task.version, action: "escalate", by: system, notify: Notice(
                    agencyID: task.supervisor.agencyID, caseID: task.caseID, recordID: task.id,
                    text: ("Eskalasi: tugas \(task.title) terlambat \(task.daysOverdue(today: today)) hari",
                           "Escalated: task \(task.title) is \(task.daysOverdue(today: today)) day(s) late")))
                done += 1
            } catch StoreError.conflict { continue }
        }
        return done
    }

    /// A restitution claim under Pasal 48(2), kept by the agency that files it (prosecutor or LPSK).
    func claimRestitution(caseID: String, victimID: String, claims: [RestitutionClaim], on date: CalendarDate,
                          by viewer: Viewer) async throws -> Restitution {
        let involved = Set(try await store.cases.involvedAgencies(caseID: caseID).map(\.id))
        guard involved.contains(viewer.agencyID), viewer.role.mayRegisterCases else { throw StoreError.notFound("case \(caseID)") }
        guard try await store.cases.persons(caseID: caseID).contains(where: { $0.id == victimID && $0.role == .victim }) else {
            throw CoordinationError.input("victimID", id: "Pilih korban dalam kasus ini", en: "Choose a victim in this case")
        }
        let r = try Restitution.claim(id: UUID().uuidString.lowercased(), caseID: caseID, victimID: victimID, suspectID: nil,
                                      responsibleAgencyID: viewer.agencyID, claimedOn: date, claims: claims)
        try await store.coordination.insert(r, by: viewer)
        return r
    }

    func act(onRestitution id: String, _ event: RestitutionEvent, on date: CalendarDate, expectedVersion: Int,
             by viewer: Viewer) async throws -> Restitution {
        guard let r = try await store.coordination.find(Restitution.self, id: id) else { throw StoreError.notFound("restitution \(id)") }
        let next = try r.apply(event, by: viewer.agencyID, on: date, expectedVersion: expectedVersion)
        try await store.coordination.update(next, previousVersion: r.version, action: event.action.rawValue, by: viewer)
        return next
    }
}

/// Escalates overdue tasks to their supervisors (the server runs this hourly); answers how many.
@discardableResult
public func escalateOverdueTasks(_ store: SimpulStore, today: CalendarDate = CalendarDate(Date())) async throws -> Int {
    try await CoordinationService(store: store).escalateOverdueTasks(today: today)
}
