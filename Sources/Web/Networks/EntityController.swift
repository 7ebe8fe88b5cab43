import Cases
import Foundation
import Hummingbird
import Store

/// `/kasus/{id}/entitas`: a case's entities, adding one (and hearing at once where it is seen
/// elsewhere), and decisions on names that may be the same; the same in the JSON API.
struct EntityController {
    let store: SimpulStore
    let bodyLimit: Int

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.caseEntities(SiteRoute.idParameter).pattern) { req, ctx in
            try await page(ctx, id: try ctx.parameters.require("id"), justAdded: req.uri.queryParameters.get("baru"),
                           contradicted: req.uri.queryParameters.get("bertentangan").flatMap { Int($0) } ?? 0)
        }
        router.post(SiteRoute.caseEntities(SiteRoute.idParameter).pattern) { _, ctx in try await add(ctx) }
        router.post(SiteRoute.entityDecision(SiteRoute.idParameter).pattern) { _, ctx in try await decide(ctx) }
        router.get(SiteRoute.api(.caseEntities(SiteRoute.idParameter)).pattern) { _, ctx in
            let entities = try await store.networks.entities(caseID: try ctx.parameters.require("id"), viewer: try CoordinationAPI.viewer(ctx))
            return JSONResponse.make(EntityListJSON(entities))
        }
        router.post(SiteRoute.api(.caseEntities(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try CoordinationAPI.viewer(ctx)
            let id = try ctx.parameters.require("id")
            let draft = try await JSONInput.decode(EntityDraft.self, from: req, limit: bodyLimit)
            let added = try await store.networks.add(try draft.validated(today: Date()), toCase: id, by: viewer)
            return JSONResponse.make(EntityListJSON(added: added, caseID: id), status: .created)
        }
    }

    func model(_ s: SignedIn, id: String, justAdded: String?, contradicted: Int = 0) async throws -> EntityPageView.Model {
        let record = try await store.cases.record(id: id, viewer: s.viewer)
        let involved = Set(try await store.cases.involvedAgencies(caseID: id).map(\.id))
        let entities = try await store.networks.entities(caseID: id, viewer: s.viewer)
        let suspects = try await store.cases.persons(caseID: id).filter { $0.role == .suspect }
        return EntityPageView.Model(record: record, entities: entities, suspects: suspects,
                                    canAdd: AccessPolicy.mayAddPerson(s.viewer, involvedAgencies: involved), justAdded: justAdded,
                                    contradicted: contradicted)
    }

    func page(_ ctx: SimpulContext, id: String, justAdded: String? = nil, contradicted: Int = 0, form: FormData? = nil,
              errors: [FieldError] = [], decisionErrors: [FieldError] = []) async throws -> Response {
        let s = try ctx.requireUser()
        let m = try await model(s, id: id, justAdded: justAdded, contradicted: contradicted)
        let html = EntityPageView.render(ctx.chrome(for: s, path: SiteRoute.caseEntities(id).path), m, form: form, errors: errors,
                                         decisionErrors: decisionErrors)
        return Layout.response(html, status: errors.isEmpty && decisionErrors.isEmpty ? .ok : .unprocessableContent)
    }

    func add(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        do {
            let added = try await store.networks.add(try EntityFormView.draft(form).validated(today: Date()), toCase: id, by: s.viewer)
            let main = added.mentions.first?.id ?? ""
            return Response.redirect(to: SiteRoute.caseEntities(id).path + "?baru=\(main)#baru", type: .normal)
        } catch let failure as ValidationFailure {
            return try await page(ctx, id: id, form: form, errors: failure.errors)
        }
    }

    func decide(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        do {
            guard let mention = form.value("mention"), let other = form.value("other") else {
                throw ValidationFailure([FieldError(field: "other", id: "Pilih pasangan nama yang diputuskan.", en: "Choose the pair of names decided on.")])
            }
            guard let version = Int(form["version"] ?? "") else {
                throw ValidationFailure([FieldError(field: "version", id: "Versi formulir hilang; muat ulang halaman.", en: "The form's version is missing; reload the page.")])
            }
            let decision = try await store.networks.decideName(mentionID: mention, otherID: other, action: try NameMatchAction.parse(form.value("action")),
                                                               expectedVersion: version, note: form.value("note"), by: s.viewer)
            let warn = decision.contradicts > 0 ? "?bertentangan=\(decision.contradicts)" : ""
            return Response.redirect(to: SiteRoute.caseEntities(id).path + warn + "#names", type: .normal)
        } catch let failure as ValidationFailure {
            return try await page(ctx, id: id, decisionErrors: failure.errors)
        }
    }
}
