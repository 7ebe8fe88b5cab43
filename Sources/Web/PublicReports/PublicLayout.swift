import Hummingbird
import Markup

/// The frame of the public pages: no sign-in, no navigation, no cookie. A quick-exit button on
/// every page leaves for a neutral site, and the emergency numbers are always in view.
enum PublicLayout {
    /// Where "quick exit" goes: a page nobody would find strange on a shared phone.
    static let exitURL = "https://www.bmkg.go.id/"

    static func page(_ title: String, lang: Lang, path: String, urgent: Bool = false, script: Bool = false,
                     brand: (id: String, en: String) = ("Lapor TPPO", "Report trafficking"), bodyClass: String? = nil,
                     _ content: [Node]) -> HTML {
        let other = lang.isEnglish ? (path, "Bahasa Indonesia", "id") : (path + (path.contains("?") ? "&" : "?") + "bahasa=en", "English", "en")
        return HTML(
            .attribute(named: "lang", value: lang.code),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("referrer"), .content("no-referrer")),
                .meta(.name("robots"), .content("noindex")),
                .title("\(title) · Simpul"),
                .link(.rel(.stylesheet), .href(SiteRoute.staticFile("app.css").path)),
                .if(script, .script(.src(SiteRoute.staticFile("lapor.js").path), .attribute(named: "defer")))
            ),
            .body(
                .class(bodyClass.map { "public " + $0 } ?? "public"),
                .a(.class("skip"), .href("#main"), .plain(lang("Langsung ke isi", "Skip to content"))),
                .header(.class("top"),
                        .span(.class("brand"), .plain(lang(brand))),
                        .nav(.attribute(named: "aria-label", value: lang("Bahasa", "Language")),
                             .a(.href(other.0), .attribute(named: "lang", value: other.2), .plain(other.1))),
                        .a(.class("quick-exit"), .id("quick-exit"), .href(exitURL), .rel(.noreferrer),
                           .plain(lang("Keluar cepat", "Quick exit")))),
                .main(.id("main"),
                      .if(urgent, emergency(lang)),
                      .h1(.plain(title)), .group(content)),
                .footer(emergencyLine(lang),
                        .p(.plain(lang("Simpul tidak menyimpan alamat internet atau jenis perangkat Anda. Halaman ini tidak memakai cookie kecuali Anda memintanya.",
                                      "Simpul keeps neither your internet address nor your device type. These pages set no cookie unless you ask for one."))))
            )
        )
    }

    static func emergency(_ lang: Lang) -> Node {
        .div(.class("emergency"), .attribute(named: "role", value: "alert"),
             .h2(.plain(lang("Jika ada yang dalam bahaya sekarang, telepon segera:", "If someone is in danger now, call at once:"))),
             .ul(.li(.a(.href("tel:110"), .strong(.plain("110"))), .plain(lang(" — Polisi", " — Police"))),
                 .li(.a(.href("tel:129"), .strong(.plain("129"))), .plain(lang(" — SAPA 129 (KemenPPPA), juga WhatsApp 08111-129-129",
                                                                       " — SAPA 129 (KemenPPPA), also WhatsApp 08111-129-129"))),
                 .li(.a(.href("tel:112"), .strong(.plain("112"))), .plain(lang(" — Panggilan darurat", " — Emergency calls")))),
             .p(.plain(lang("Laporan Anda tetap kami terima dan diteruskan segera ke petugas piket.",
                           "We still take your report and pass it at once to the officers on duty."))))
    }

    static func emergencyLine(_ lang: Lang) -> Node {
        .p(.plain(lang("Darurat: ", "Emergency: ")), .a(.href("tel:110"), .plain("110")), .plain(" · SAPA "),
           .a(.href("tel:129"), .plain("129")), .plain(" · "), .a(.href("tel:112"), .plain("112")))
    }

    static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Layout.response(html, status: status)
    }

    /// The answers so far, carried to the next page as hidden inputs (`names`: the fields of the
    /// questionnaire the page belongs to).
    static func carried(_ fields: [String: [String]], except: Set<String> = [], names: [String] = ReportFormFields.carried) -> Node {
        var nodes: [Node] = []
        for name in names where !except.contains(name) {
            for v in fields[name] ?? [] where !v.isEmpty {
                nodes.append(.input(.type(.hidden), .name(name), .value(v)))
            }
        }
        return .group(nodes)
    }
}
