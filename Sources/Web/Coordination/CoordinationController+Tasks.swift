import Cases
import Coordination
import Foundation
import Hummingbird
import Store

/// Page routes for tasks and restitution.
extension CoordinationController {
    func registerTasksAndRestitution(_ router: Router<SimpulContext>) {
        router.post(SiteRoute.newTask(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let caseID = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            return try await attempt(onError: { try await casePage(ctx, caseID: caseID, errors: $0, form: "tugas") }) {
                let today = CalendarDate(Date())
                guard let raw = f.value("dueOn"), let due = CalendarDate(iso: raw) else {
                    throw CoordinationError.input("dueOn", id: "Tenggat wajib diisi (TTTT-BB-HH)", en: "A due date is required (YYYY-MM-DD)")
                }
                guard let days = Int(f.value("escalateAfterDays") ?? "2"), (0...60).contains(days) else {
                    throw CoordinationError.input("escalateAfterDays", id: "Isi 0–60 hari", en: "Enter 0–60 days")
                }
                _ = try await service.createTask(caseID: caseID, title: f.value("title") ?? "",
                                                 assignee: TaskAssignee(agencyID: f.value("assignee") ?? "",
                                                                        role: f.value("role").flatMap(Role.init(rawValue:))),
                                                 dueOn: due, escalateAfterDays: days, today: today, by: s.viewer)
                return Response.redirect(to: SiteRoute.coordination(caseID).path, type: .normal)
            }
        }
        router.post(SiteRoute.taskAction(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            guard let task = try await store.coordination.find(CoordinationTask.self, id: id) else { throw StoreError.notFound("task") }
            let back = task.caseID.map { SiteRoute.coordination($0).path } ?? SiteRoute.work.path
            return try await attempt(onError: { errors in
                guard let caseID = task.caseID else { return ErrorPage.response(.conflict, errors.map { ctx.lang($0.id, $0.en) }.joined(), lang: ctx.lang) }
                return try await casePage(ctx, caseID: caseID, errors: errors)
            }) {
                let event = try TaskEvent(action: f.value("action"), reason: f.value("reason"), note: f.value("note"))
                _ = try await service.act(onTask: id, event, on: CalendarDate(Date()), expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: back, type: .normal)
            }
        }
        router.post(SiteRoute.newRestitution(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let caseID = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            return try await attempt(onError: { try await casePage(ctx, caseID: caseID, errors: $0, form: "restitusi") }) {
                var claims: [RestitutionClaim] = []
                for head in RestitutionHead.allCases {
                    guard let raw = f.value("head.\(head.rawValue)") else { continue }
                    guard let amount = Self.rupiah(raw) else {
                        throw CoordinationError.input("head.\(head.rawValue)", id: "\(head.label.id): \"\(raw.prefix(20))\" bukan jumlah rupiah",
                                                      en: "\(head.label.en): \"\(raw.prefix(20))\" is not an amount in rupiah")
                    }
                    claims.append(RestitutionClaim(head: head, amount: amount))
                }
                _ = try await service.claimRestitution(caseID: caseID, victimID: f.value("victim") ?? "", claims: claims,
                                                       on: CalendarDate(Date()), by: s.viewer)
                return Response.redirect(to: SiteRoute.coordination(caseID).path, type: .normal)
            }
        }
        router.post(SiteRoute.restitutionAction(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            guard let r = try await store.coordination.find(Restitution.self, id: id) else { throw StoreError.notFound("restitution") }
            return try await attempt(onError: { try await casePage(ctx, caseID: r.caseID, errors: $0) }) {
                let today = CalendarDate(Date())
                let event = try RestitutionEvent(action: f.value("action"), amount: f.value("amount").flatMap(Self.rupiah),
                                                 reason: f.value("reason"))
                _ = try await service.act(onRestitution: id, event, on: try Self.date(f, "on", default: today, notAfter: today),
                                          expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: SiteRoute.coordination(r.caseID).path, type: .normal)
            }
        }
    }

    /// A rupiah amount as people write it: "12.500.000" or "12 500 000"; nil when it is not one.
    static func rupiah(_ raw: String) -> Int64? {
        Int64(raw.filter { $0 != "." && $0 != " " })
    }
}
