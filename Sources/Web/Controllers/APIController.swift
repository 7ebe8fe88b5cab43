import Cases
import Foundation
import Hummingbird
import Store

/// The JSON API under `/api/v1`, for machine clients with bearer tokens. Described by
/// `Resources/openapi.json`, which a test checks against these routes.
struct APIController {
    let store: SimpulStore
    let bodyLimit: Int

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.api(.me).pattern) { _, ctx in
            let u = try user(ctx)
            return JSONResponse.make(["id": u.id, "username": u.username, "role": u.role.rawValue, "agencyId": u.agencyID])
        }
        router.get(SiteRoute.api(.cases).pattern) { req, ctx in
            let (filter, _) = CasesController.filter { req.uri.queryParameters.get(Self.apiName($0)) }
            let page = try await store.cases.list(filter, viewer: try user(ctx).viewer, changeNumber: ctx.changeNumbers?.cases)
            return JSONResponse.bytes(CaseListBody(cases: page.cases, hasMore: page.hasNext, page: filter.page, pageSize: filter.pageSize).jsonBytes)
        }
        router.post(SiteRoute.api(.cases).pattern) { req, ctx in
            let viewer = try user(ctx).viewer
            let draft = try await JSONInput.decode(CaseDraft.self, from: req, limit: bodyLimit)
            let record = try await store.cases.register(try draft.validated(today: Date()), by: viewer)
            return JSONResponse.make(record, status: .created)
        }
        router.get(SiteRoute.api(.caseDetail(SiteRoute.idParameter)).pattern) { req, ctx in
            let detail = try await store.cases.detail(id: try ctx.parameters.require("id"), viewer: try user(ctx).viewer)
            return JSONResponse.make(CaseDetailBody(detail))
        }
        router.post(SiteRoute.api(.casePersons(SiteRoute.idParameter)).pattern) { req, ctx in
            let viewer = try user(ctx).viewer
            let draft = try await JSONInput.decode(PersonDraft.self, from: req, limit: bodyLimit)
            let person = try await store.cases.addPerson(try draft.validated(today: Date()), toCase: try ctx.parameters.require("id"), by: viewer)
            return JSONResponse.make(person, status: .created)
        }
    }

    /// Query names in the API are English; the page's are Indonesian.
    static func apiName(_ pageName: String) -> String {
        ["provinsi": "province", "eksploitasi": "exploitation", "hal": "page"][pageName] ?? pageName
    }

    func user(_ ctx: SimpulContext) throws -> UserAccount {
        guard let u = ctx.apiUser else {
            throw APIError(status: .unauthorized, code: "unauthorized", id: "Token API tidak ada atau tidak sah", en: "Missing or invalid API token")
        }
        return u
    }
}

/// Finds the user of a bearer token on API requests.
struct APIAuthMiddleware: RouterMiddleware {
    typealias Context = SimpulContext
    let store: SimpulStore

    func handle(_ request: Request, context: SimpulContext, next: (Request, SimpulContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.uri.path.hasPrefix("/api/"), let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            if token.count < 200 {
                // One round trip tells whether the token's user and the case lists kept in this
                // process still stand (see `VersionedCache`).
                let numbers = try await store.changeNumbers()
                context.changeNumbers = numbers
                if let user = try await store.tokens.user(forAPIToken: token, accessNumber: numbers.access), !user.disabled {
                    context.apiUser = user
                }
            }
        }
        return try await next(request, context)
    }
}

struct CaseListBody: Encodable {
    let cases: [CaseRecord]
    let hasMore: Bool
    let page: Int
    let pageSize: Int
}

struct CaseDetailBody: Encodable {
    struct Person: Encodable {
        let person: CasePerson
        let pseudonym: String
        /// Present only for those who need to know; its reading was audited.
        let identity: PersonIdentity?
    }
    let `case`: CaseRecord
    let agencies: [Agency]
    let persons: [Person]

    init(_ d: CaseDetail) {
        `case` = d.record
        agencies = d.agencies
        persons = d.persons.map { Person(person: $0, pseudonym: $0.pseudonym(.indonesian), identity: d.identities[$0.id]) }
    }
}
