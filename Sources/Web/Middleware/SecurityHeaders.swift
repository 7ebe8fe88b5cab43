import Hummingbird

/// Headers every answer carries: nothing may frame a page, load from elsewhere, or cache a
/// page with case data in it.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let cookies: CookieJar

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        // Over https, browsers are told to come back only over https for a year.
        if cookies.isSecure(request) {
            response.headers[.init("Strict-Transport-Security")!] = "max-age=31536000; includeSubDomains"
        }
        if !request.uri.path.hasPrefix("/static/") {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
