import Cases
import Markup
import Store

/// The networks of two or more cases: for an officer those touching her agency's cases, each
/// opened from a case she may see; for an analyst every network, by pseudonym and counts.
enum NetworkListView {
    static func render(_ chrome: Layout.Chrome, _ networks: [NetworkSummary], viewer: Viewer, token: (String) -> String) -> HTML {
        let lang = chrome.lang
        let analyst = viewer.role == .analyst
        return Layout.page(lang("Jaringan pelaku", "Perpetrator networks"), chrome,
            .p(.class("hint"), .plain(analyst
                ? lang("Kasus yang terhubung oleh nomor, rekening, akun atau nama yang dikonfirmasi sama. Sebagai analis Anda melihat jumlah dan bentuk saja.",
                       "Cases joined by shared numbers, accounts, handles or names confirmed the same. As an analyst you see counts and shapes only.")
                : lang("Jaringan yang melibatkan kasus instansi Anda: kasus yang terhubung oleh nomor, rekening, akun atau nama yang dikonfirmasi sama.",
                       "Networks that involve your agency's cases: cases joined by shared numbers, accounts, handles or names confirmed the same."))),
            networks.isEmpty ? .p(.plain(lang("Belum ada jaringan lebih dari satu kasus.", "No network of more than one case yet."))) :
                .table(.thead(.tr(.th(.plain(lang("Jaringan", "Network"))), .th(.plain(lang("Kasus", "Cases"))),
                                  .th(.plain(lang("Provinsi", "Provinces"))), .th(.plain(lang("Pengenal bersama", "Shared identifiers"))))),
                       .tbody(.forEach(Array(networks.enumerated())) { i, n in
                           let name = n.visibleCases.first.map { lang("Jaringan kasus \($0.number)", "Network of case \($0.number)") }
                               ?? lang("Jaringan #\(i + 1)", "Network #\(i + 1)")
                           let href = analyst ? SiteRoute.network(token(n.anchor)).path : SiteRoute.caseNetwork(n.anchor).path
                           return .tr(.td(.a(.href(href), .plain(name))), .td(.plain(String(n.cases))), .td(.plain(String(n.provinces))),
                                      .td(.plain(String(n.sharedIdentifiers))))
                       })))
    }
}
