import Cases
import Foundation
import Hummingbird
import Law
import Store

/// Legal screening in the browser and the API: facts in, the Palermo and national answer out,
/// printed as a one-page memo and, when asked from a case, kept with the case.
struct ScreeningController {
    let store: SimpulStore
    let bodyLimit: Int

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.screening(caseID: nil).pattern) { req, ctx in
            let s = try ctx.requireUser()
            let caseID = req.uri.queryParameters.get("kasus").flatMap { $0.isEmpty ? nil : $0 }
            let record = try await caseID.asyncFlatMap { try await store.cases.record(id: $0, viewer: s.viewer) }
            return Layout.response(ScreeningViews.form(ctx.chrome(for: s, path: req.uri.path), caseID: record?.id, caseNumber: record?.number,
                                                       form: record.map(ScreeningForm.prefill(from:)), errors: [], prefilledFromCase: record != nil))
        }
        router.post(SiteRoute.screening(caseID: nil).pattern) { req, ctx in try await screen(req, ctx) }
        router.get(SiteRoute.storedScreening(caseID: SiteRoute.idParameter, screeningID: "{sid}").pattern) { req, ctx in
            let s = try ctx.requireUser()
            let caseID = try ctx.parameters.require("id")
            let record = try await store.cases.record(id: caseID, viewer: s.viewer)
            guard let stored = try await store.screenings.find(id: try ctx.parameters.require("sid")), stored.caseID == caseID,
                  case .success(let facts) = ScreeningForm.decode(Data(stored.factsJSON.utf8)) else { throw StoreError.notFound("screening") }
            let result = Screening.screen(facts, today: Date())
            return Layout.response(ScreeningViews.memo(ctx.chrome(for: s, path: req.uri.path), result: result, caseNumber: record.number,
                                                       savedAt: stored.createdAt, practice: CourtPracticeSection.compare(facts, result)))
        }
        router.post(SiteRoute.api(.screenings).pattern) { req, ctx in
            guard let user = ctx.apiUser else {
                throw APIError(status: .unauthorized, code: "unauthorized", id: "Token API tidak ada atau tidak sah", en: "Missing or invalid API token")
            }
            var request = req
            let body = try await request.collectBody(upTo: bodyLimit)
            let facts: CaseFacts
            switch ScreeningForm.decode(Data(buffer: body)) {
            case .success(let f): facts = f
            case .failure(let error): throw Self.apiError(error)
            }
            let result = Screening.screen(facts, today: Date())
            if let caseID = req.uri.queryParameters.get("caseId") {
                try await save(facts: facts, result: result, caseID: caseID, viewer: user.viewer)
            }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: try ScreeningJSON.encode(result))))
        }
    }

    static func apiError(_ error: FactsError) -> APIError {
        APIError(status: .unprocessableContent, code: "invalid_facts", id: error.message(.indonesian), en: error.message(.english),
                 fields: error.issues.map { FieldError(field: $0.path, id: $0.message.id, en: $0.message.en) })
    }



    func screen(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let form = ctx.form ?? FormData("")
        // The case may be named by its id or its number; from here on it is its id.
        let record = try await form.value("kasus").asyncFlatMap { try await store.cases.record(id: $0, viewer: s.viewer) }
        let caseID = record?.id
        let number = record?.number
        if form.value("isi") == "1" {
            // Prefilled from the identification questionnaire: show the form to check and complete.
            return Layout.response(ScreeningViews.form(ctx.chrome(for: s, path: req.uri.path), caseID: caseID, caseNumber: number, form: form, errors: []))
        }
        let facts: CaseFacts
        switch ScreeningForm.decode(ScreeningForm.json(form)) {
        case .success(let f): facts = f
        case .failure(let error):
            let errors = error.issues.map { FieldError(field: ScreeningForm.field(for: $0.path), id: $0.message.id, en: $0.message.en) }
            return Layout.response(ScreeningViews.form(ctx.chrome(for: s, path: req.uri.path), caseID: caseID, caseNumber: number, form: form, errors: errors),
                                   status: .unprocessableContent)
        }
        let result = Screening.screen(facts, today: Date())
        var savedAt: String?
        if let caseID {
            savedAt = try await save(facts: facts, result: result, caseID: caseID, viewer: s.viewer)
        }
        return Layout.response(ScreeningViews.memo(ctx.chrome(for: s, path: req.uri.path), result: result, caseNumber: number, savedAt: savedAt,
                                                   practice: CourtPracticeSection.compare(facts, result)))
    }

    /// Keeps the screening with its case, with the assessment date fixed so it reads the same later.
    @discardableResult
    func save(facts: CaseFacts, result: ScreeningResult, caseID: String, viewer: Viewer) async throws -> String {
        var pinned = facts
        pinned.asOf = result.assessed.asOf
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let now = Timestamp.now()
        try await store.screenings.save(StoredScreening(
            id: UUID().uuidString.lowercased(), caseID: caseID, factsJSON: String(decoding: try encoder.encode(pinned), as: UTF8.self),
            resultJSON: try ScreeningJSON.encode(result, pretty: false), asOf: result.assessed.asOf.description,
            palermoVerdict: result.palermo.verdict.rawValue, nationalVerdict: result.national.verdict.rawValue,
            articles: result.national.articles, createdBy: viewer.userID, createdAt: now), by: viewer)
        return now
    }
}
