import Cases
import Foundation
import Hummingbird
import Markup

/// The frame of every page: skip link, header with the signed-in user, language switch, main.
enum Layout {
    struct Chrome {
        let lang: Lang
        let signedIn: SignedIn?
        /// The CSRF token for forms on the page (the session's, or the pre-session cookie's).
        let csrf: String
        /// The page's own path, so the language switch can come back to it.
        var path: String = "/"
        /// The viewer's time zone (their agency's).
        var zone: IndonesianTimeZone = .wib

        /// A stored UTC time as the viewer reads it: `2026-12-06 09:05 WITA`.
        func time(_ timestamp: String) -> String { zone.format(timestamp) }
        func time(_ date: Date) -> String { zone.format(date) }
    }

    static func page(_ title: String, _ chrome: Chrome, _ content: Node...) -> HTML {
        page(title, chrome, bodyClass: nil, content)
    }

    static func page(_ title: String, _ chrome: Chrome, bodyClass: String?, _ content: [Node]) -> HTML {
        let lang = chrome.lang
        return HTML(
            .attribute(named: "lang", value: lang.code),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) · Simpul"),
                .link(.rel(.stylesheet), .href(SiteRoute.staticFile("app.css").path))
            ),
            .body(
                bodyClass.map { .class($0) } ?? .empty,
                .a(.class("skip"), .href("#main"), .plain(lang("Langsung ke isi", "Skip to content"))),
                header(chrome),
                .main(.id("main"), .h1(.plain(title)), .group(content)),
                .footer(.p(.plain(lang("Simpul — sistem informasi Gugus Tugas PP-TPPO. Data korban dan saksi dilindungi UU 21/2007 Pasal 44.",
                                      "Simpul — information system of the PP-TPPO task force. Victim and witness data are protected by UU 21/2007 Pasal 44."))))
            )
        )
    }

    static func header(_ chrome: Chrome) -> Node {
        let lang = chrome.lang
        let other = lang.isEnglish ? ("id", "Bahasa Indonesia") : ("en", "English")
        return .header(
            .class("top"),
            .a(.class("brand"), .href(SiteRoute.home.path), .plain("Simpul")),
            .nav(
                .attribute(named: "aria-label", value: lang("Navigasi utama", "Main navigation")),
                .unwrap(chrome.signedIn) { s in
                    .group(
                        .if(s.user.role.mayReadCases, .a(.href(SiteRoute.cases().path), .plain(lang("Kasus", "Cases")))),
                        .if(s.user.role.mayReadCases && s.user.role != .administrator,
                            .a(.href(SiteRoute.reportQueue.path), .plain(lang("Laporan masuk", "Reports")))),
                        .if(s.user.role.mayReadCases, .a(.href(SiteRoute.work.path), .plain(lang("Pekerjaan saya", "My work")))),
                        .a(.href(SiteRoute.networks.path), .plain(lang("Jaringan", "Networks"))),
                        .if(s.user.role == .administrator, .a(.href(SiteRoute.admin.path), .plain(lang("Administrasi", "Administration")))),
                        .if(s.user.role.mayRegisterCases, .a(.href(SiteRoute.newCase.path), .plain(lang("Daftarkan kasus", "Register a case")))),
                        .if(s.user.role.mayReadCases, .a(.href(SiteRoute.screening(caseID: nil).path), .plain(lang("Penapisan hukum", "Legal screening")))),
                        .if(s.user.role.mayReadCases, .a(.href(SiteRoute.identification(privateMode: false).path), .plain(lang("Identifikasi korban", "Victim identification")))),
                        .a(.href(SiteRoute.monitoring().path), .plain(lang("Pemantauan", "Monitoring"))),
                        .if(s.user.role != .analyst, .a(.href(SiteRoute.training.path), .plain(lang("Pelatihan", "Training")))),
                        .span(.class("who"), .plain("\(s.user.displayName) · \(lang(s.user.role.label))")),
                        .form(.method(.post), .action(SiteRoute.logout.path), .class("inline"),
                              csrfField(chrome.csrf),
                              .button(.type(.submit), .class("link"), .plain(lang("Keluar", "Sign out"))))
                    )
                },
                .a(.href(SiteRoute.language(other.0).path + "?ke=" + SiteRoute.encode(chrome.path)), .attribute(named: "lang", value: other.0), .plain(other.1))
            )
        )
    }

    static func csrfField(_ token: String) -> Node {
        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(token))
    }

    static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        response(body: ByteBuffer(bytes: html.renderedBytes()), status: status)
    }

    static func response(rendered: String, status: HTTPResponse.Status = .ok) -> Response {
        response(body: ByteBuffer(string: rendered), status: status)
    }

    private static func response(body: ByteBuffer, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
    }
}

enum ErrorPage {
    static func response(_ status: HTTPResponse.Status, _ message: String, lang: Lang) -> Response {
        let title = lang("Tidak dapat dilanjutkan", "Cannot continue")
        let html = Layout.page(title, Layout.Chrome(lang: lang, signedIn: nil, csrf: ""),
                               .p(.class("error-text"), .plain(message)),
                               .p(.a(.href(SiteRoute.home.path), .plain(lang("Kembali ke beranda", "Back to the start page")))))
        return Layout.response(html, status: status)
    }
}
