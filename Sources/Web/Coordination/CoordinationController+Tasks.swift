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
            return try await attempt(onError: { try await casePage(ctx, caseID: caseID, errors: $0) }) {
                let today = CalendarDate(Date())
                guard let raw = f.value("dueOn"), let due = CalendarDate(iso: raw) else {
                    throw CoordinationError.input("dueOn", id: "Tenggat wajib diisi (TTTT-BB-HH)", en: "A due date is required (YYYY-MM-DD)")
                }
                guard let days = Int(f.value("escalateAfterDays") ?? "2"), (0...60).contains(days) else {
                    throw CoordinationError.input("escalateAfterDays", id: "Isi 0–60 hari", en: "Enter 0–60 days")
                }
                let involved = Set(try await store.cases.involvedAgencies(caseID: caseID).map(\.id))
                guard let agency = f.value("assignee"), involved.contains(agency) else {
                    throw CoordinationError.input("assignee", id: "Pilih instansi yang terlibat dalam kasus", en: "Choose an agency involved in the case")
                }
                _ = try await service.createTask(caseID: caseID, title: f.value("title") ?? "",
                                                 assignee: TaskAssignee(agencyID: agency, role: f.value("role").flatMap(Role.init(rawValue:))),
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
                let event: TaskEvent
                switch f.value("action") {
                case "complete": event = .complete(note: f.value("note"))
                case "cancel": event = .cancel(reason: f.value("reason") ?? "")
                default: throw CoordinationError.input("action", id: "Tindakan tidak dikenal", en: "Unknown action")
                }
                _ = try await service.act(onTask: id, event, on: CalendarDate(Date()), expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: back, type: .normal)
            }
        }
        router.post(SiteRoute.newRestitution(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let caseID = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            return try await attempt(onError: { try await casePage(ctx, caseID: caseID, errors: $0) }) {
                var claims: [RestitutionClaim] = []
                for head in RestitutionHead.allCases {
                    guard let raw = f.value("head.\(head.rawValue)") else { continue }
                    guard let amount = Int64(raw.filter { $0 != "." && $0 != " " }) else {
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
                func amount() throws -> Int64 {
                    guard let raw = f.value("amount"), let n = Int64(raw.filter { $0 != "." && $0 != " " }) else {
                        throw CoordinationError.input("amount", id: "Isi jumlah dalam rupiah", en: "Enter the amount in rupiah")
                    }
                    return n
                }
                let event: RestitutionEvent
                switch f.value("action") {
                case "order": event = .order(amount: try amount())
                case "final_decision_notice": event = .finalDecisionNotice
                case "pay": event = .pay(amount: try amount(), reason: f.value("reason"))
                default: throw CoordinationError.input("action", id: "Tindakan tidak dikenal", en: "Unknown action")
                }
                _ = try await service.act(onRestitution: id, event, on: try Self.date(f, "on", default: today, notAfter: today),
                                          expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: SiteRoute.coordination(r.caseID).path, type: .normal)
            }
        }
    }
}
