import Foundation
import Hummingbird

/// The few cookies Simpul sets: the session (HttpOnly, SameSite=Lax), the pre-session CSRF
/// token, and the language choice. Over https they are Secure and the session and CSRF cookies
/// carry the `__Host-` prefix, which browsers accept only from this exact host, over https, for
/// the whole site: a neighbouring subdomain or a plain-http page cannot plant or overwrite them.
struct CookieJar: Sendable {
    let secureByConfig: Bool

    func isSecure(_ request: Request) -> Bool {
        secureByConfig || request.headers[.init("X-Forwarded-Proto")!] == "https"
    }

    /// A cookie's name as this request sees it: prefixed over https.
    func name(_ base: String, _ request: Request) -> String {
        isSecure(request) ? "__Host-" + base : base
    }

    /// The value of a cookie under its name for this request (never the unprefixed one over https).
    func value(_ base: String, in request: Request) -> String? {
        request.cookies[name(base, request)]?.value
    }

    func session(_ secret: String, request: Request) -> Cookie {
        Cookie(name: name(SessionMiddleware.cookieName, request), value: secret, path: "/", secure: isSecure(request),
               httpOnly: true, sameSite: .lax)
    }

    func clearSession(request: Request) -> Cookie {
        Cookie(name: name(SessionMiddleware.cookieName, request), value: "", maxAge: 0, path: "/", secure: isSecure(request),
               httpOnly: true, sameSite: .lax)
    }

    func preSessionCSRF(_ token: String, request: Request) -> Cookie {
        Cookie(name: name(CSRFMiddleware.preSessionCookie, request), value: token, path: "/", secure: isSecure(request),
               httpOnly: true, sameSite: .strict)
    }

    func language(_ code: String, request: Request) -> Cookie {
        Cookie(name: SessionMiddleware.languageCookie, value: code, maxAge: 365 * 86400, path: "/",
               secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
