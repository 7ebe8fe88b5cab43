import Cases
import Foundation
import Hummingbird
import Markup
import NIOPosix
import Security
import Store

extension AuthController {
    /// `/akun/tautan?token=…`: the page a one-time link opens, where the person chooses a password.
    func registerAccountLink(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.accountLink.pattern) { req, ctx in
            let token = req.uri.queryParameters.get("token") ?? ""
            guard let (_, purpose) = try await store.accountLinks.peek(token) else { return linkExpired(req, ctx) }
            return anonymousPage(req, ctx) { AccountLinkViews.choose($0, token: token, purpose: purpose, errors: []) }
        }
        router.post(SiteRoute.accountLink.pattern) { req, ctx in
            let form = ctx.form ?? FormData("")
            let token = form["token"] ?? ""
            guard let (_, purpose) = try await store.accountLinks.peek(token) else { return linkExpired(req, ctx) }
            let password = form["password"] ?? ""
            var errors: [FieldError] = []
            if let problem = PasswordHasher.problem(with: password) { errors.append(FieldError(field: "password", id: problem.id, en: problem.en)) }
            if password != (form["repeat"] ?? "") {
                errors.append(FieldError(field: "repeat", id: "Kedua kata sandi tidak sama.", en: "The two passwords differ."))
            }
            guard errors.isEmpty else {
                return anonymousPage(req, ctx, status: .unprocessableContent) { AccountLinkViews.choose($0, token: token, purpose: purpose, errors: errors) }
            }
            let hasher = self.hasher
            let hash = try await NIOThreadPool.singleton.runIfActive { hasher.hash(password) }
            guard try await store.accountLinks.use(token, passwordHash: hash) != nil else { return linkExpired(req, ctx) }
            return anonymousPage(req, ctx) { AccountLinkViews.done($0, purpose: purpose) }
        }
    }

    func linkExpired(_ req: Request, _ ctx: SimpulContext) -> Response {
        anonymousPage(req, ctx, status: .notFound) { AccountLinkViews.expired($0) }
    }
}

enum AccountLinkViews {
    static func choose(_ chrome: Layout.Chrome, token: String, purpose: AccountLinks.Purpose, errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Pilih kata sandi", "Choose a password"), chrome,
            FormViews.errorSummary(errors, lang: lang),
            .if(purpose == .resetSecondFactor, .p(.plain(lang("Setelah kata sandi, Anda akan memasang autentikator baru di ponsel Anda.",
                                                              "After the password you will set up a new authenticator on your phone.")))),
            .form(.method(.post), .action(SiteRoute.accountLink.path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("token"), .value(token)),
                  FormViews.textField("password", label: lang("Kata sandi baru", "New password"), value: nil, errors: errors, lang: lang,
                                      type: .password, hint: lang("Minimal 12 karakter. Frasa beberapa kata mudah diingat dan sulit ditebak.",
                                                                  "At least 12 characters. A phrase of several words is easy to remember and hard to guess."),
                                      required: true, autocomplete: "new-password"),
                  FormViews.textField("repeat", label: lang("Ulangi kata sandi", "Repeat the password"), value: nil, errors: errors, lang: lang,
                                      type: .password, required: true, autocomplete: "new-password"),
                  .button(.type(.submit), .plain(lang("Simpan kata sandi", "Save the password")))))
    }

    static func done(_ chrome: Layout.Chrome, purpose: AccountLinks.Purpose) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Kata sandi tersimpan", "Password saved"), chrome,
            .p(.attribute(named: "role", value: "status"), .plain(lang("Kata sandi Anda tersimpan dan tautan ini tidak berlaku lagi.",
                                                                       "Your password is saved and this link no longer works."))),
            .p(.a(.href(SiteRoute.login.path), .plain(lang("Masuk", "Sign in")))))
    }

    static func expired(_ chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Tautan tidak berlaku", "The link does not work"), chrome,
            .p(.plain(lang("Tautan ini sudah dipakai, sudah kedaluwarsa (72 jam), atau diganti tautan yang lebih baru. Mintalah tautan baru kepada administrator.",
                           "This link was used, has expired (72 hours) or was replaced by a newer one. Ask the administrator for a new link."))))
    }
}
