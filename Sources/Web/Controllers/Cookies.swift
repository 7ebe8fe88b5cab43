import Foundation
import Hummingbird

/// The few cookies Simpul sets: the session (HttpOnly, SameSite=Lax, Secure behind TLS), the
/// pre-session CSRF token, and the language choice.
struct CookieJar {
    let secureByConfig: Bool

    func isSecure(_ request: Request) -> Bool {
        secureByConfig || request.headers[.init("X-Forwarded-Proto")!] == "https"
    }

    func session(_ secret: String, request: Request) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: secret, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    func clearSession(request: Request) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    func preSessionCSRF(_ token: String, request: Request) -> Cookie {
        Cookie(name: CSRFMiddleware.preSessionCookie, value: token, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .strict)
    }

    func language(_ code: String, request: Request) -> Cookie {
        Cookie(name: SessionMiddleware.languageCookie, value: code, maxAge: 365 * 86400, path: "/",
               secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
