import Cases
import Markup
import QRCode

/// Sign-in, first set-up and second-factor pages.
enum AuthViews {
    static func login(_ chrome: Layout.Chrome, username: String?, message: String?) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Masuk", "Sign in"), chrome,
            .unwrap(message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.plain($0))) },
            .form(.method(.post), .action(SiteRoute.login.path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.textField("username", label: lang("Nama pengguna", "Username"), value: username, errors: [], lang: lang,
                                      required: true, autocomplete: "username"),
                  FormViews.textField("password", label: lang("Kata sandi", "Password"), value: nil, errors: [], lang: lang,
                                      type: .password, required: true, autocomplete: "current-password"),
                  .button(.type(.submit), .plain(lang("Masuk", "Sign in")))),
            .p(.plain(lang("Bukan petugas? ", "Not an officer? ")),
               .a(.href(SiteRoute.report.path), .plain(lang("Laporkan perdagangan orang tanpa menyebut nama", "Report trafficking without giving your name"))))
        )
    }

    static func setup(_ chrome: Layout.Chrome, token: String, form: FormData?, errors: [FieldError]) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Siapkan administrator pertama", "Set up the first administrator"), chrome,
            .p(.plain(lang("Akun ini mengelola instansi dan pengguna. Setelah kata sandi, Anda wajib memasang kode verifikasi dua langkah (TOTP).",
                          "This account manages agencies and users. After the password you must set up a two-step verification code (TOTP)."))),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.setup.path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("token"), .value(token)),
                  FormViews.textField("username", label: lang("Nama pengguna", "Username"), value: form?["username"], errors: errors,
                                      lang: lang, required: true, autocomplete: "username"),
                  FormViews.textField("displayName", label: lang("Nama tampilan", "Display name"), value: form?["displayName"],
                                      errors: errors, lang: lang, required: true),
                  FormViews.textField("password", label: lang("Kata sandi", "Password"), value: nil, errors: errors, lang: lang,
                                      type: .password, hint: lang("Minimal 12 karakter.", "At least 12 characters."), required: true,
                                      autocomplete: "new-password"),
                  .button(.type(.submit), .plain(lang("Buat administrator", "Create administrator"))))
        )
    }

    static func secondFactor(_ chrome: Layout.Chrome, message: String?) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Kode verifikasi", "Verification code"), chrome,
            .unwrap(message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.plain($0))) },
            .form(.method(.post), .action(SiteRoute.secondFactor.path),
                  Layout.csrfField(chrome.csrf),
                  FormViews.textField("code", label: lang("Kode 6 angka dari aplikasi autentikator", "6-digit code from your authenticator app"),
                                      value: nil, errors: [], lang: lang, required: true, autocomplete: "off"),
                  .button(.type(.submit), .plain(lang("Lanjut", "Continue"))))
        )
    }

    static func enrol(_ chrome: Layout.Chrome, secret: String, uri: String, message: String?) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Pasang verifikasi dua langkah", "Set up two-step verification"), chrome,
            .p(.plain(lang("Pindai kode QR ini dengan aplikasi autentikator (mis. Google Authenticator, Aegis, FreeOTP) atau ketik kuncinya, lalu masukkan kode yang muncul.",
                          "Scan this QR code with an authenticator app (e.g. Google Authenticator, Aegis, FreeOTP) or type in the key, then enter the code it shows."))),
            // The SVG is made by code from the address alone (which it holds only as modules, never
            // as text). An address too long for any QR code cannot come from a username, and the
            // key and address below stay for whoever cannot scan.
            .unwrap(try? QRCode(text: uri)) { code in
                .figure(.class("qr"), .raw(code.svg(label: lang("Kode QR untuk aplikasi autentikator", "QR code for the authenticator app"), pixels: 200)))
            },
            .dl(.dt(.plain(lang("Kunci", "Key"))), .dd(.code(.id("totp-secret"), .plain(secret))),
                .dt(.plain(lang("Alamat otpauth", "otpauth address"))), .dd(.code(.class("wrap"), .plain(uri)))),
            .unwrap(message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.plain($0))) },
            .form(.method(.post), .action(SiteRoute.enrolSecondFactor.path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("secret"), .value(secret)),
                  FormViews.textField("code", label: lang("Kode 6 angka", "6-digit code"), value: nil, errors: [], lang: lang,
                                      required: true, autocomplete: "off"),
                  .button(.type(.submit), .plain(lang("Aktifkan", "Turn on"))))
        )
    }
}
