import Cases
import Coordination
import Foundation
import Hummingbird
import Store

/// Coordination in the JSON API: the same operations as the pages, with the same checks.
struct CoordinationAPI {
    let store: SimpulStore
    let bodyLimit: Int
    var service: CoordinationService { CoordinationService(store: store) }

    struct NewReferral: Decodable {
        let toAgencyId: String
        let service: ReferralService
        let victimId: String?
        let consent: Consent
        let grants: Set<ReferralGrant>
        let requestedOn: CalendarDate
        let dueOn: CalendarDate?
        struct Consent: Decodable { let kind: ConsentBasis.Kind; let explanation: String? }
    }

    struct Event: Decodable {
        let action: String
        let expectedVersion: Int
        let on: CalendarDate?
        let reason: String?
        let outcome: String?
        let note: String?
    }

    struct NewService: Decodable {
        let victimId: String
        let service: ProtectionService
        let responsibleAgencyId: String
        let requestedOn: CalendarDate
        let referralId: String?
    }

    struct CaseBody: Encodable {
        let referrals: [Referral]
        let services: [ServiceJSON]
        let justice: [JusticeTrack]
        let tasks: [CoordinationTask]
        let restitution: [Restitution]
        let timeline: [TimelineEvent]
    }

    struct NewTask: Decodable {
        let title: String
        let assigneeAgencyId: String
        let assigneeRole: Role?
        let dueOn: CalendarDate
        let escalateAfterDays: Int?
    }

    struct NewRestitution: Decodable {
        let victimId: String
        let claims: [RestitutionClaim]
    }

    struct MoneyEvent: Decodable {
        let action: String
        let expectedVersion: Int
        let amount: Int64?
        let reason: String?
        let on: CalendarDate?
    }

    struct WorkBody: Encodable {
        struct Entry: Encodable { let item: WorkItem; let urgency: String; let days: Int }
        let today: CalendarDate
        let open: Int
        let overdue: Int
        let entries: [Entry]
    }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.api(.caseCoordination(SiteRoute.idParameter)).pattern) { _, ctx in
            let v = try await service.caseView(try ctx.parameters.require("id"), viewer: try Self.viewer(ctx))
            return JSONResponse.make(CaseBody(referrals: v.referrals, services: ServiceJSON.list(v.services), justice: v.justice, tasks: v.tasks,
                                              restitution: v.restitution, timeline: v.timeline))
        }
        router.post(SiteRoute.api(.caseReferrals(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(NewReferral.self, from: req, limit: bodyLimit)
            try Self.notFuture(b.requestedOn, "requestedOn")
            let r = try await service.requestReferral(caseID: try ctx.parameters.require("id"), to: b.toAgencyId, service: b.service,
                                                      victimID: b.victimId, consent: ConsentBasis(kind: b.consent.kind, recordedOn: b.requestedOn,
                                                                                                  explanation: b.consent.explanation),
                                                      grants: b.grants, requestedOn: b.requestedOn, dueOn: b.dueOn, by: viewer)
            return JSONResponse.make(r, status: .created)
        }
        router.post(SiteRoute.api(.referralEvents(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(Event.self, from: req, limit: bodyLimit)
            let event = try ReferralEvent(action: b.action, reason: b.reason, outcome: b.outcome, note: b.note)
            let on = try Self.eventDate(b.on)
            return JSONResponse.make(try await service.act(onReferral: try ctx.parameters.require("id"), event, on: on,
                                                           expectedVersion: b.expectedVersion, by: viewer))
        }
        router.post(SiteRoute.api(.caseServices(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(NewService.self, from: req, limit: bodyLimit)
            try Self.notFuture(b.requestedOn, "requestedOn")
            let item = try await service.requestService(caseID: try ctx.parameters.require("id"), victimID: b.victimId, service: b.service,
                                                        responsible: b.responsibleAgencyId, requestedOn: b.requestedOn,
                                                        referralID: b.referralId, by: viewer)
            return JSONResponse.make(ServiceJSON(item: item, today: CalendarDate(Date())), status: .created)
        }
        router.post(SiteRoute.api(.serviceEvents(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(Event.self, from: req, limit: bodyLimit)
            let event = try ProtectionEvent(action: b.action, reason: b.reason)
            let on = try Self.eventDate(b.on)
            let item = try await service.act(onService: try ctx.parameters.require("id"), event, on: on,
                                             expectedVersion: b.expectedVersion, by: viewer)
            return JSONResponse.make(ServiceJSON(item: item, today: CalendarDate(Date())))
        }
        router.post(SiteRoute.api(.caseTasks(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(NewTask.self, from: req, limit: bodyLimit)
            let caseID = try ctx.parameters.require("id")
            let t = try await service.createTask(caseID: caseID, title: b.title, assignee: TaskAssignee(agencyID: b.assigneeAgencyId, role: b.assigneeRole),
                                                 dueOn: b.dueOn, escalateAfterDays: b.escalateAfterDays ?? 2, today: CalendarDate(Date()), by: viewer)
            return JSONResponse.make(t, status: .created)
        }
        router.post(SiteRoute.api(.taskEvents(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(Event.self, from: req, limit: bodyLimit)
            let event = try TaskEvent(action: b.action, reason: b.reason, note: b.note)
            return JSONResponse.make(try await service.act(onTask: try ctx.parameters.require("id"), event, on: CalendarDate(Date()),
                                                           expectedVersion: b.expectedVersion, by: viewer))
        }
        router.post(SiteRoute.api(.caseRestitution(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(NewRestitution.self, from: req, limit: bodyLimit)
            let r = try await service.claimRestitution(caseID: try ctx.parameters.require("id"), victimID: b.victimId, claims: b.claims,
                                                       on: CalendarDate(Date()), by: viewer)
            return JSONResponse.make(r, status: .created)
        }
        router.post(SiteRoute.api(.restitutionEvents(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try Self.viewer(ctx)
            let b = try await JSONInput.decode(MoneyEvent.self, from: req, limit: bodyLimit)
            let event = try RestitutionEvent(action: b.action, amount: b.amount, reason: b.reason)
            let on = try Self.eventDate(b.on)
            return JSONResponse.make(try await service.act(onRestitution: try ctx.parameters.require("id"), event, on: on,
                                                           expectedVersion: b.expectedVersion, by: viewer))
        }
        router.get(SiteRoute.api(.myWork).pattern) { _, ctx in
            let viewer = try Self.viewer(ctx)
            let today = CalendarDate(Date())
            let w = try await service.work(for: viewer, today: today)
            return JSONResponse.make(WorkBody(today: today, open: w.open, overdue: w.overdue,
                                              entries: w.queue.entries.map { .init(item: $0.item, urgency: $0.urgency.rawValue, days: $0.days) }))
        }
    }

    static func viewer(_ ctx: SimpulContext) throws -> Viewer {
        guard let u = ctx.apiUser else {
            throw APIError(status: .unauthorized, code: "unauthorized", id: "Token API tidak ada atau tidak sah", en: "Missing or invalid API token")
        }
        guard u.role.mayReadCases else { throw AccessDenied() }
        return u.viewer
    }

    /// An event's date: today when the body gives none, never a day still to come.
    static func eventDate(_ given: CalendarDate?) throws -> CalendarDate {
        let on = given ?? CalendarDate(Date())
        try notFuture(on, "on")
        return on
    }

    static func notFuture(_ d: CalendarDate, _ field: String) throws {
        guard d <= CalendarDate(Date()) else {
            throw CoordinationError.input(field, id: "Tanggal tidak boleh di masa depan", en: "The date cannot be in the future")
        }
    }
}
