import Cases
import Reporting
import Hummingbird
import NIOCore
import Store

/// Who is asking: the signed-in user and their session.
public struct SignedIn: Sendable {
    public let user: UserAccount
    public let sessionSecret: String
    public let session: Session

    public var viewer: Viewer { user.viewer }
    /// Signed in with every factor the role requires.
    /// A user who enrolled a second factor gives it whatever the role; a role that requires one
    /// cannot do without it.
    public var isComplete: Bool { session.secondFactorDone || (!user.role.requiresSecondFactor && !user.hasSecondFactor) }
}

/// The request context every route sees.
public struct SimpulContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var signedIn: SignedIn?
    /// Set by the API authenticator from a bearer token.
    public var apiUser: UserAccount?
    /// The store's change numbers, read with the session or when an API request's token is checked.
    public var changeNumbers: ChangeNumbers?
    public var lang = Lang(.indonesian)
    /// The time zone of the signed-in user's agency, in which pages show times.
    public var zone = IndonesianTimeZone.wib
    /// The form fields of a POST, parsed once by the CSRF check.
    public var form: FormData?
    /// The files of a signed-in multipart POST, read with its fields by the CSRF check.
    var uploads: [PublicForm.UploadedFile] = []
    /// The peer's socket address, for in-memory rate limits only: never logged or stored.
    private let peer: SocketAddress?
    /// Formatted only when a public page asks, not on every request.
    public var peerAddress: String? { peer?.ipAddress }

    /// The client's address for in-memory rate limits: the peer, or the hop the outermost of
    /// `trustedProxies` proxies added to `X-Forwarded-For`.
    func clientAddress(_ req: Request, trustedProxies: Int) -> String? {
        ClientAddress.resolve(forwardedFor: req.headers[.init("X-Forwarded-For")!], peer: peerAddress, trustedProxies: trustedProxies)
    }

    public init(source: Source) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress
    }

    /// The user, fully signed in, or a redirect to the sign-in page.
    public func requireUser() throws -> SignedIn {
        guard let s = signedIn else { throw PageRedirect(SiteRoute.login.path) }
        guard s.isComplete else {
            throw PageRedirect(s.user.hasSecondFactor ? SiteRoute.secondFactor.path : SiteRoute.enrolSecondFactor.path)
        }
        return s
    }
}

extension SimpulContext {
    /// The administrator, fully signed in; anyone else is refused.
    func requireAdministrator() throws -> SignedIn {
        let s = try requireUser()
        guard s.user.role == .administrator else { throw AccessDenied() }
        return s
    }
}

/// Thrown to send the browser elsewhere (e.g. to sign in).
public struct PageRedirect: Error {
    public let location: String
    public init(_ location: String) { self.location = location }
}

extension SimpulContext {
    /// The page frame for a signed-in user: their language, their session's CSRF token, and the
    /// page's own path (for the language switch).
    func chrome(for s: SignedIn, path: String) -> Layout.Chrome {
        Layout.Chrome(lang: lang, signedIn: s, csrf: s.session.csrfToken, path: path, zone: zone)
    }
}
