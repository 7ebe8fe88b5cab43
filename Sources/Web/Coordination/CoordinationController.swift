import Cases
import Coordination
import Foundation
import Hummingbird
import Store

/// The coordination pages: a case's referrals, services and justice track; one referral; the
/// user's work. Each change re-checks, in the domain, who may make it and from which state.
struct CoordinationController {
    let store: SimpulStore
    var service: CoordinationService { CoordinationService(store: store) }

    func register(_ router: Router<SimpulContext>) {
        registerTasksAndRestitution(router)
        router.get(SiteRoute.coordination(SiteRoute.idParameter).pattern) { req, ctx in
            try await casePage(ctx, caseID: try ctx.parameters.require("id"), errors: [])
        }
        router.get(SiteRoute.referral(SiteRoute.idParameter).pattern) { req, ctx in
            try await referralPage(ctx, id: try ctx.parameters.require("id"), errors: [])
        }
        router.get(SiteRoute.work.pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let today = CalendarDate(Date())
            let notices = try await store.coordination.notices(for: s.viewer)
            let whole = req.uri.queryParameters.get("instansi") == "1"
            let work = try await service.work(for: s.viewer, today: today, wholeAgency: whole, withNames: true)
            let html = WorkPage.render(ctx.chrome(for: s, path: req.uri.path), queue: work.queue, open: work.open, overdue: work.overdue,
                                       context: work.context, notices: notices, today: today, wholeAgency: whole)
            if notices.contains(where: { !$0.read }) { try await store.coordination.markNoticesRead(for: s.viewer) }
            return Layout.response(html)
        }
        router.post(SiteRoute.newReferral(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let caseID = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            return try await attempt(onError: { try await casePage(ctx, caseID: caseID, errors: $0, form: "rujukan") }) {
                let today = CalendarDate(Date())
                // Every problem of the form at once, in the order of its fields.
                var errors: [FieldError] = []
                func check<T>(_ make: () throws -> T) -> T? {
                    do { return try make() } catch let e as CoordinationError {
                        errors.append(FieldError(field: e.field ?? "form", id: e.id, en: e.en))
                    } catch {}
                    return nil
                }
                if f.value("to") == nil {
                    errors.append(FieldError(field: "to", id: "Pilih instansi tujuan", en: "Choose the receiving agency"))
                }
                let service = f.value("service").flatMap(ReferralService.init(rawValue:))
                if service == nil { errors.append(FieldError(field: "service", id: "Pilih layanan yang diminta", en: "Choose the service asked for")) }
                let kind = f.value("consent").flatMap(ConsentBasis.Kind.init(rawValue:))
                if kind == nil { errors.append(FieldError(field: "consent", id: "Pilih dasar rujukan", en: "Choose the basis of the referral")) }
                let requested = check { try Self.date(f, "requestedOn", default: today, notAfter: today) }
                let due = check {
                    try f.value("dueOn").map { raw -> CalendarDate in
                        guard let d = CalendarDate(iso: raw) else { throw CoordinationError.input("dueOn", id: "Tenggat bukan tanggal", en: "The due date is not a date") }
                        return d
                    }
                }
                guard errors.isEmpty, let service, let kind, let requested, let due else { throw ValidationFailure(errors) }
                let r = try await self.service.requestReferral(
                    caseID: caseID, to: f.value("to") ?? "", service: service, victimID: f.value("victim"),
                    consent: ConsentBasis(kind: kind, recordedOn: requested, explanation: f.value("explanation")),
                    grants: Set(f.all("grants").compactMap(ReferralGrant.init(rawValue:))), requestedOn: requested, dueOn: due, by: s.viewer)
                return Response.redirect(to: SiteRoute.referral(r.id).path, type: .normal)
            }
        }
        router.post(SiteRoute.referralAction(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            return try await attempt(onError: { try await referralPage(ctx, id: id, errors: $0, form: "rujukan") }) {
                let today = CalendarDate(Date())
                let event = try ReferralEvent(action: f.value("action"), reason: f.value("reason"), outcome: f.value("outcome"),
                                              note: f.value("note"))
                _ = try await service.act(onReferral: id, event, on: try Self.date(f, "on", default: today, notAfter: today),
                                          expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: SiteRoute.referral(id).path, type: .normal)
            }
        }
        router.post(SiteRoute.newService(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let caseID = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            let back = f.value("referral").map { SiteRoute.referral($0).path } ?? SiteRoute.coordination(caseID).path
            return try await attempt(onError: { errors in
                if let r = f.value("referral") { return try await referralPage(ctx, id: r, errors: errors, form: "layanan") }
                return try await casePage(ctx, caseID: caseID, errors: errors, form: "layanan")
            }) {
                let today = CalendarDate(Date())
                guard let kind = f.value("service").flatMap(ProtectionService.init(rawValue:)) else {
                    throw CoordinationError.input("service", id: "Pilih layanan", en: "Choose the service")
                }
                _ = try await service.requestService(caseID: caseID, victimID: f.value("victim") ?? "", service: kind,
                                                     responsible: f.value("responsible") ?? s.user.agencyID,
                                                     requestedOn: try Self.date(f, "requestedOn", default: today, notAfter: today),
                                                     referralID: f.value("referral"), by: s.viewer)
                return Response.redirect(to: back, type: .normal)
            }
        }
        router.post(SiteRoute.serviceAction(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            let back = Self.safeBack(f.value("back"))
            return try await attempt(onError: { errors in
                ErrorPage.response(.conflict, errors.map { ctx.lang($0.id, $0.en) }.joined(separator: " "), lang: ctx.lang)
            }) {
                let today = CalendarDate(Date())
                let event = try ProtectionEvent(action: f.value("action"), reason: f.value("reason"))
                _ = try await service.act(onService: id, event, on: try Self.date(f, "on", default: today, notAfter: today),
                                          expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: back, type: .normal)
            }
        }
        router.post(SiteRoute.justiceAction(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let caseID = try ctx.parameters.require("id")
            let f = ctx.form ?? FormData("")
            return try await attempt(onError: { try await casePage(ctx, caseID: caseID, errors: $0) }) {
                let today = CalendarDate(Date())
                let on = try Self.date(f, "on", default: today, notAfter: today)
                let event: JusticeEvent
                switch f.value("action") {
                case "start":
                    _ = try await service.startJustice(caseID: caseID, suspectID: f.value("suspect"), on: on, by: s.viewer)
                    return Response.redirect(to: SiteRoute.coordination(caseID).path, type: .normal)
                case "advance":
                    guard let stage = f.value("stage").flatMap(JusticeStage.init(rawValue:)) else {
                        throw CoordinationError.input("stage", id: "Pilih tahap", en: "Choose the stage")
                    }
                    event = .advance(to: stage)
                case "verdict":
                    guard let outcome = f.value("outcome").flatMap(VerdictOutcome.init(rawValue:)) else {
                        throw CoordinationError.input("outcome", id: "Pilih amar putusan", en: "Choose the outcome")
                    }
                    event = .verdict(Verdict(outcome: outcome, articles: (f.value("articles") ?? "").split(separator: ",")
                                                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                                             sentenceMonths: Int(f.value("months") ?? "") ?? -1,
                                             restitutionOrderedRupiah: Int64(f.value("restitution") ?? "0") ?? -1))
                case "final": event = .finalise(amended: nil)
                case "discontinue": event = .discontinue(reason: f.value("reason") ?? "")
                default: throw CoordinationError.input("action", id: "Tindakan tidak dikenal", en: "Unknown action")
                }
                guard let track = f.value("track") else {
                    throw CoordinationError.input("track", id: "Proses hukum tidak dikenal", en: "Unknown justice track")
                }
                _ = try await service.justice(trackID: track, event, on: on, expectedVersion: Int(f.value("version") ?? "") ?? -1, by: s.viewer)
                return Response.redirect(to: SiteRoute.coordination(caseID).path, type: .normal)
            }
        }
    }

    /// `form` is the id suffix of the form that was sent, so that the error summary links to its fields.
    func casePage(_ ctx: SimpulContext, caseID: String, errors: [FieldError], form: String? = nil) async throws -> Response {
        let s = try Self.worker(ctx)
        let view = try await service.caseView(caseID, viewer: s.viewer)
        let html = CaseCoordinationView.render(ctx.chrome(for: s, path: SiteRoute.coordination(caseID).path), view: view,
                                               agencies: try await store.agencies.all(), viewer: s.viewer, today: CalendarDate(Date()), errors: errors,
                                               form: form, submitted: errors.isEmpty ? nil : ctx.form)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func referralPage(_ ctx: SimpulContext, id: String, errors: [FieldError], form: String? = nil) async throws -> Response {
        let s = try Self.worker(ctx)
        let view = try await service.referralView(id, viewer: s.viewer)
        let html = ReferralPage.render(ctx.chrome(for: s, path: SiteRoute.referral(id).path), view: view, viewer: s.viewer,
                                       today: CalendarDate(Date()), errors: errors, form: form)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Runs a change; a refused transition, a stale version or bad input comes back as the page
    /// with the problem named at the top, never as a server error.
    func attempt(onError: ([FieldError]) async throws -> Response, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let e as CoordinationError {
            var r = try await onError([FieldError(field: e.field ?? "form", id: e.id, en: e.en)])
            r.status = HTTPResponse.Status(code: e.httpStatus)
            return r
        } catch let failure as ValidationFailure {
            return try await onError(failure.errors)
        } catch StoreError.conflict(let why) {
            var r = try await onError([FieldError(field: "version", id: "Data ini baru saja diubah orang lain; muat ulang halaman. (\(why))",
                                                  en: "Someone else just changed this; reload the page. (\(why))")])
            r.status = .conflict
            return r
        }
    }

    static func date(_ f: FormData, _ name: String, default today: CalendarDate, notAfter: CalendarDate) throws -> CalendarDate {
        guard let raw = f.value(name) else { return today }
        guard let d = CalendarDate(iso: raw) else {
            throw CoordinationError.input(name, id: "\"\(raw.prefix(20))\" bukan tanggal (TTTT-BB-HH)", en: "\"\(raw.prefix(20))\" is not a date (YYYY-MM-DD)")
        }
        guard d <= notAfter else { throw CoordinationError.input(name, id: "Tanggal tidak boleh di masa depan", en: "The date cannot be in the future") }
        return d
    }

    /// Only paths of this site, so a form cannot send the browser elsewhere.
    static func safeBack(_ raw: String?) -> String {
        SiteRoute.localPath(raw) ?? SiteRoute.work.path
    }

    static func worker(_ ctx: SimpulContext) throws -> SignedIn {
        let s = try ctx.requireUser()
        guard s.user.role.mayReadCases else { throw AccessDenied() }
        return s
    }
}
