import Cases
import Foundation
import Hummingbird
import Store

/// Reads the session cookie and the language choice into the context. Sessions live in the
/// store, so any server behind the load balancer can answer.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = SimpulContext
    let store: SimpulStore
    let cookies: CookieJar
    let zones: AgencyZones

    static let cookieName = "simpul_session"
    static let languageCookie = "simpul_lang"

    func handle(_ request: Request, context: SimpulContext, next: (Request, SimpulContext) async throws -> Response) async throws -> Response {
        var context = context
        if let secret = cookies.value(Self.cookieName, in: request), !secret.isEmpty, secret.count < 200,
           let (session, user, numbers) = try await store.sessions.signedIn(secret: secret), !user.disabled {
            context.signedIn = SignedIn(user: user, sessionSecret: secret, session: session)
            context.changeNumbers = numbers
            context.zone = try await zones.zone(ofAgency: user.agencyID)
        }
        return try await next(request, context)
    }
}

/// Every form POST must carry the session's CSRF token (or, before sign-in, the token of the
/// pre-session cookie). The body is parsed once here and handed on in the context.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = SimpulContext
    let bodyLimit: Int
    let cookies: CookieJar

    /// Uploads allowed to be larger than `bodyLimit`, by path: a partner's HTCDS file.
    static let largeUploads = [SiteRoute.htcdsImport.path: HTCDSImportUpload.sizeLimit]

    static let preSessionCookie = "simpul_csrf"
    static let field = "_csrf"
    /// The public pages that post forms: the report questionnaire and the job-offer checker.
    static let publicPrefixes = ["/lapor/", "/cek-lowongan/"]

    func handle(_ request: Request, context: SimpulContext, next: (Request, SimpulContext) async throws -> Response) async throws -> Response {
        // The public pages set no cookie, so they carry no CSRF token: they check the request's
        // origin instead (`Request.isSameOriginPost`).
        guard request.method == .post, !request.uri.path.hasPrefix("/api/"),
              !Self.publicPrefixes.contains(where: request.uri.path.hasPrefix) else {
            return try await next(request, context)
        }
        var request = request
        let buffer: ByteBuffer
        // The larger limit only once the session shows someone who may import: nobody else
        // makes the server hold a partner-sized body.
        let mayUploadLarge = context.signedIn.map { AccessPolicy.mayImportExchange($0.viewer) } ?? false
        let limit = mayUploadLarge ? Self.largeUploads[request.uri.path] ?? bodyLimit : bodyLimit
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            let mb = limit / (1024 * 1024)
            throw HTTPError(.contentTooLarge, message: "Isian melebihi \(mb) MB / Submission exceeds \(mb) MB")
        }
        var context = context
        let form: FormData
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            // An upload (the agency register's CSV): the token is one of the parts.
            guard let boundary = PublicForm.boundary(type) else {
                throw HTTPError(.badRequest, message: "Formulir rusak: batas multipart tidak ada / Malformed form: no multipart boundary")
            }
            let parsed = try PublicForm.multipart(buffer, boundary: boundary)
            form = FormData(fields: parsed.fields)
            context.uploads = parsed.files
        } else {
            form = FormData(String(buffer: buffer))
        }
        let expected = context.signedIn?.session.csrfToken ?? cookies.value(Self.preSessionCookie, in: request)
        guard let expected, let sent = form[Self.field], Secrets.constantTimeEqual(expected, sent) else {
            throw HTTPError(.forbidden, message: "Formulir kedaluwarsa; muat ulang halaman dan coba lagi. / The form has expired; reload the page and try again.")
        }
        context.form = form
        return try await next(request, context)
    }
}

import Security

/// The reader's language, read once before anything else, so that an error page (answered by a
/// middleware that runs before the session's) speaks it too.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = SimpulContext

    func handle(_ request: Request, context: SimpulContext, next: (Request, SimpulContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.cookies[SessionMiddleware.languageCookie]?.value == "en" { context.lang = Lang(.english) }
        return try await next(request, context)
    }
}
