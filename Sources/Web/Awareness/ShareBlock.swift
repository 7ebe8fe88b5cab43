import Foundation
import Markup

/// How a public page is passed on without anything of the reader's going anywhere: a WhatsApp
/// link (`wa.me`, opened only when the reader taps it) carrying the page's summary in plain
/// words and its address, and the address itself to copy. The page loads nothing from WhatsApp.
enum ShareBlock {
    static func node(summary: String, url: String, lang: Lang) -> Node {
        let text = summary + "\n" + url
        let encoded = SiteRoute.encode(text)
        return .section(.class("share no-print"), .id("bagikan"),
                        .h2(.plain(lang("Bagikan halaman ini", "Share this page"))),
                        .p(.a(.class("button"), .href("https://wa.me/?text=" + encoded), .rel(.noreferrer),
                              .plain(lang("Bagikan lewat WhatsApp", "Share on WhatsApp")))),
                        .div(.class("field"),
                             .label(.for("share-url"), .plain(lang("Alamat halaman ini, untuk disalin", "This page's address, to copy"))),
                             .input(.type(.text), .id("share-url"), .value(url), .attribute(named: "readonly"))))
    }
}
