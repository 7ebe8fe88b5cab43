import Cases
import Law
import Markup
import Networks
import Store

/// The network page: counts, brokers, organised-group prompts, the drawing, communities, a path
/// between two cases, a table of every node for screen readers, a node's neighbours twenty at a
/// time, and the timeline. `cetak=1` gives the same without forms, laid out for a case file.
enum NetworkView {
    static func render(_ chrome: Layout.Chrome, _ p: NetworkPage, print: Bool) -> HTML {
        let lang = chrome.lang
        let anchor = p.node(p.anchor)
        let title = p.pseudonymous ? lang("Jaringan (samaran)", "Network (pseudonyms)") : lang("Jaringan kasus \(anchor.label.id)", "Network of case \(anchor.label.en)")
        return Layout.page(title, chrome, bodyClass: print ? "memo network-print" : nil, [
            summary(p, lang: lang),
            .if(!print, links(p, lang: lang)),
            brokers(p, lang: lang),
            groups(p, lang: lang),
            .figure(.class("network-figure"), NetworkGraphSVG.svg(p, lang: lang), .figcaption(.plain(caption(p, lang: lang)))),
            .if(!print, NetworkFormsView.forms(p, lang: lang)),
            NetworkFormsView.path(p, lang: lang),
            NetworkTablesView.nodes(p, lang: lang, print: print),
            NetworkTablesView.neighbours(p, lang: lang, print: print),
            NetworkTablesView.timeline(p, lang: lang),
        ])
    }

    static func caption(_ p: NetworkPage, lang: Lang) -> String {
        lang("Bentuk menunjukkan jenis: kotak kasus, lingkaran orang, belah ketupat P3MI atau perusahaan, segitiga telepon, "
             + "segi enam rekening atau dompet, titik kecil lainnya. Arahkan penunjuk ke garis untuk melihat tanggalnya.",
             "Shapes show kinds: squares cases, circles persons, diamonds agencies or companies, triangles phones, "
             + "hexagons accounts or wallets, small dots the rest. Point at a line to see its dates.")
            + (p.positions.count < p.network.nodeCount ? " " + lang("Digambar \(p.positions.count) simpul terdekat dari \(p.network.nodeCount).",
                                                                   "The \(p.positions.count) nodes nearest the case of \(p.network.nodeCount) are drawn.") : "")
    }

    static func summary(_ p: NetworkPage, lang: Lang) -> Node {
        let hidden = p.caseCount - p.visibleCaseCount
        let entities = p.network.nodeCount - p.caseCount
        return .group(
            .p(.class("lead"), .plain(lang(
                "\(p.caseCount) kasus" + (p.pseudonymous ? "" : " (\(p.visibleCaseCount) dapat Anda buka, \(hidden) lainnya dengan samaran dan instansi yang dapat dihubungi)")
                    + ", \(entities) entitas, \(p.network.linkCount) hubungan, \(p.communities.count) komunitas (resolusi \(lang.decimal(p.resolution))).",
                "\(p.caseCount) cases" + (p.pseudonymous ? "" : " (\(p.visibleCaseCount) you may open, \(hidden) others by pseudonym with the agencies to contact)")
                    + ", \(entities) entities, \(p.network.linkCount) links, \(p.communities.count) communities (resolution \(p.resolution))."))),
            .if(p.pseudonymous, .p(.class("hint"), .plain(lang("Sebagai analis Anda melihat bentuk dan jumlah saja: setiap kasus dan entitas dengan samaran.",
                                                               "As an analyst you see shapes and counts only: every case and entity by pseudonym.")))),
            .if(p.truncated, .p(.class("warning"), .plain(lang("Jaringan ini lebih besar: hanya \(NetworkRepository.maximumCases) kasus pertama yang dibaca.",
                                                               "This network is larger: only its first \(NetworkRepository.maximumCases) cases were read.")))))
    }

    static func links(_ p: NetworkPage, lang: Lang) -> Node {
        .p(.class("actions-line"),
           .if(!p.pseudonymous && p.node(p.anchor).caseID != nil, .group(
               .a(.href(SiteRoute.caseDetail(p.node(p.anchor).caseID ?? "").path), .plain(lang("Kembali ke kasus", "Back to the case"))), .plain(" · "))),
           .a(.href(p.export(.csv).path), .plain(lang("Unduh CSV", "Download CSV"))), .plain(" · "),
           .a(.href(p.export(.graphml).path), .plain(lang("Unduh GraphML", "Download GraphML"))), .plain(" · "),
           .a(.href(p.route(["cetak": "1"]).path), .plain(lang("Tata letak cetak", "Print layout"))))
    }

    static func brokers(_ p: NetworkPage, lang: Lang) -> Node {
        .section(.attribute(named: "aria-labelledby", value: "brokers"),
            .h2(.id("brokers"), .plain(lang("Perantara", "Brokers"))),
            .p(.class("hint"), .plain(lang("Entitas yang paling sering berada di antara yang lain (betweenness); tempat umum yang dicatat di banyak kasus tidak dihitung.",
                                           "Entities most often between the others (betweenness); public places named in many cases are left out."))),
            p.brokers.isEmpty ? .p(.plain(lang("Belum ada perantara.", "No brokers yet."))) :
                .ol(.class("brokers"), .forEach(p.brokers) { b in
                    let n = p.node(b.node)
                    return .li(.strong(.plain(lang(n.label))), .plain(" · \(lang(NetworkWords.kind(n.kind))) · "
                               + lang("betweenness ", "betweenness ") + String(format: "%.1f", b.score)
                               + " · " + lang("\(p.network.caseCount(b.node)) kasus", "\(p.network.caseCount(b.node)) cases")))
                }))
    }

    /// Three or more persons together in two or more cases: a prompt to examine Pasal 16, said
    /// as one, with the provision's own words from the law engine.
    static func groups(_ p: NetworkPage, lang: Lang) -> Node {
        guard !p.groups.isEmpty else { return .empty }
        let article = ProvisionCatalogue.provision(.uu21P16)
        return .section(.attribute(named: "aria-labelledby", value: "groups"), .class("prompt"),
            .h2(.id("groups"), .plain(lang("Petunjuk: kemungkinan kelompok terorganisasi", "Prompt: a possible organised group"))),
            .p(.plain(lang("Ini petunjuk untuk penyidik, bukan temuan. \(article.citation) (\(article.title.id)): \(article.summary.id) "
                           + "Apakah mereka terstruktur dan bertindak bersama untuk tujuan itu, penyidik dan pengadilan yang menilai.",
                           "This is a prompt for the investigator, not a finding. \(article.citation) (\(article.title.en)): \(article.summary.en) "
                           + "Whether they were structured and acted together to that end is for the investigator and the court."))),
            .ul(.forEach(p.groups.prefix(10)) { g in
                .li(.plain(lang("\(g.persons.count) orang bersama dalam \(g.cases.count) kasus: ", "\(g.persons.count) persons together in \(g.cases.count) cases: ")
                           + g.persons.map { lang(p.node($0).label) }.joined(separator: ", ") + " — "
                           + g.cases.map { lang(p.node($0).label) }.joined(separator: ", ")))
            }))
    }
}
