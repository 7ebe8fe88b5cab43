import Cases
import Foundation
import Hummingbird
import Store

/// `/orang/{id}/kecocokan`: the likely existing persons for a registered person, and the
/// confirm, reject and undo decisions on them; the same in the JSON API.
struct PersonMatchController {
    let store: SimpulStore
    let bodyLimit: Int

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.personMatches(SiteRoute.idParameter).pattern) { req, ctx in
            try await page(req, ctx, id: try ctx.parameters.require("id"), errors: [])
        }
        router.post(SiteRoute.personMatches(SiteRoute.idParameter).pattern) { req, ctx in try await decide(req, ctx) }
        router.get(SiteRoute.api(.personMatches(SiteRoute.idParameter)).pattern) { _, ctx in
            let m = try await store.personMatches.matches(forPerson: try ctx.parameters.require("id"), by: try CoordinationAPI.viewer(ctx))
            return JSONResponse.make(PersonMatchJSON(m))
        }
        router.post(SiteRoute.api(.personLinks(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try CoordinationAPI.viewer(ctx)
            let b = try await JSONInput.decode(Decision.self, from: req, limit: bodyLimit)
            let link = try await store.personMatches.decide(personID: try ctx.parameters.require("id"), candidateID: b.candidateId,
                                                            action: try PersonLinkAction.parse(b.action), expectedVersion: b.expectedVersion,
                                                            note: b.note, by: viewer)
            return JSONResponse.make(link)
        }
    }

    struct Decision: Decodable {
        let candidateId: String
        let action: String
        let expectedVersion: Int
        let note: String?
    }

    func page(_ req: Request, _ ctx: SimpulContext, id: String, errors: [FieldError], failedCandidate: String? = nil) async throws -> Response {
        let s = try ctx.requireUser()
        let matches = try await store.personMatches.matches(forPerson: id, by: s.viewer)
        let html = PersonMatchView.render(ctx.chrome(for: s, path: SiteRoute.personMatches(id).path), matches: matches,
                                          justAdded: req.uri.queryParameters.get("baru") == "1", errors: errors, failedCandidate: failedCandidate)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func decide(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        do {
            guard let candidate = form.value("candidate") else {
                throw ValidationFailure([FieldError(field: "candidate", id: "Pilih orang yang diputuskan.", en: "Choose the person decided on.")])
            }
            guard let version = Int(form["version"] ?? "") else {
                throw ValidationFailure([FieldError(field: "version", id: "Versi formulir hilang; muat ulang halaman.", en: "The form's version is missing; reload the page.")])
            }
            _ = try await store.personMatches.decide(personID: id, candidateID: candidate, action: try PersonLinkAction.parse(form.value("action")),
                                                     expectedVersion: version, note: form.value("note"), by: s.viewer)
            return Response.redirect(to: SiteRoute.personMatches(id).path, type: .normal)
        } catch let failure as ValidationFailure {
            return try await page(req, ctx, id: id, errors: failure.errors, failedCandidate: form.value("candidate"))
        }
    }
}
