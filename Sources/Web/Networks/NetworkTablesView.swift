import Cases
import Markup
import Networks

/// The network as tables, which screen readers read in place of the drawing: every node, one
/// node's neighbours twenty at a time with the kinds and dates of their links, and the timeline.
enum NetworkTablesView {
    static func nodes(_ p: NetworkPage, lang: Lang, print: Bool) -> Node {
        let rank = Dictionary(p.brokers.enumerated().map { ($0.element.node, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        return .section(.attribute(named: "aria-labelledby", value: "node-table"),
            .h2(.id("node-table"), .plain(lang("Tabel simpul", "Table of nodes"))),
            .table(.class("compact"),
                .thead(.tr(.th(.plain(lang("Simpul", "Node"))), .th(.plain(lang("Jenis", "Kind"))), .th(.plain(lang("Komunitas", "Community"))),
                           .th(.plain(lang("Hubungan", "Links"))), .th(.plain(lang("Perantara ke-", "Broker rank"))),
                           .th(.plain(lang("Keterangan", "Notes"))))),
                .tbody(.forEach(0..<p.network.nodeCount) { v in
                    let n = p.nodes[v]
                    return .tr(
                        .td(n.caseID.map { .a(.href(SiteRoute.caseDetail($0).path), .plain(lang(n.label))) } ?? .plain(lang(n.label))),
                        .td(.plain(lang(NetworkWords.kind(n.kind)) + (n.role.map { " · " + lang($0.label) } ?? ""))),
                        .td(.plain(String(p.communities.communityOf[v] + 1))),
                        .td(print ? .plain(String(p.network.degree(NodeIndex(v))))
                                  : .a(.href(p.route(["simpul": n.handle, "resolusi": String(p.resolution)]).path + "#neighbours"),
                                       .plain("\(p.network.degree(NodeIndex(v))) · " + lang("lihat", "show")))),
                        .td(.plain(rank[NodeIndex(v)].map(String.init) ?? "—")),
                        .td(.plain(notes(n, lang: lang))))
                })))
    }

    static func notes(_ n: NetworkPage.Node, lang: Lang) -> String {
        var parts: [String] = []
        if let province = n.provinceCode { parts.append(Province.named(code: province)?.name ?? province) }
        if !n.contact.isEmpty { parts.append(lang("hubungi: ", "contact: ") + n.contact.map(\.name).joined(separator: ", ")) }
        if n.isHub { parts.append(lang("tempat umum atau lembaga besar: tidak diikuti", "public place or large organisation: not followed")) }
        if n.malformed { parts.append(lang("nilai tidak sah", "malformed value")) }
        if let c = n.namedByPublic { parts.append(PublicSightingView.sentence(n.kind, c, lang: lang)) }
        return parts.joined(separator: "; ").nonEmpty ?? "—"
    }

    static func neighbours(_ p: NetworkPage, lang: Lang, print: Bool) -> Node {
        let focus = p.node(p.focus)
        let page = p.neighbours
        return .section(.id("neighbours"), .attribute(named: "aria-labelledby", value: "neighbours-title"),
            .h2(.id("neighbours-title"), .plain(lang("Tetangga \(focus.label.id) (\(page.total))", "Neighbours of \(focus.label.en) (\(page.total))"))),
            .table(.class("compact"),
                .thead(.tr(.th(.plain(lang("Simpul", "Node"))), .th(.plain(lang("Jenis", "Kind"))), .th(.plain(lang("Hubungan", "Links"))),
                           .th(.plain(lang("Kali", "Times"))), .th(.plain(lang("Tanggal", "Dates"))))),
                .tbody(.forEach(page.neighbours) { nb in
                    let label = p.network.index(of: nb.id).map { lang(p.node($0).label) } ?? nb.id
                    return .tr(.td(print ? .plain(label) : .a(.href(p.route(["simpul": nb.id, "resolusi": String(p.resolution)]).path + "#neighbours"), .plain(label))),
                               .td(.plain(lang(NetworkWords.kind(nb.kind)))),
                               .td(.plain(nb.linkKinds.map { lang(NetworkWords.link($0)) }.joined(separator: ", "))),
                               .td(.plain(String(nb.linkCount))),
                               .td(.plain([nb.firstDay, nb.lastDay].compactMap { $0?.description }.uniqued().joined(separator: " – ").nonEmpty ?? "—")))
                })),
            .if(!print, .unwrap(page.nextAfter) { after in
                .p(.class("pager"), .a(.href(p.route(["simpul": focus.handle, "setelah": after, "resolusi": String(p.resolution)]).path + "#neighbours"),
                                       .plain(lang("20 tetangga berikutnya", "Next 20 neighbours"))))
            }))
    }

    static func timeline(_ p: NetworkPage, lang: Lang) -> Node {
        .section(.attribute(named: "aria-labelledby", value: "timeline"),
            .h2(.id("timeline"), .plain(lang("Linimasa", "Timeline"))),
            p.timeline.isEmpty ? .p(.plain(lang("Belum ada hubungan bertanggal.", "No dated links yet."))) :
                .ol(.class("timeline"), .forEach(p.timeline) { e in
                    .li(.element(named: "time", nodes: [.attribute(named: "datetime", value: e.day.description), .plain(e.day.description)]),
                        .plain(" · \(lang(p.nodes[e.a].label)) — \(lang(NetworkWords.link(e.kind))) — \(lang(p.nodes[e.b].label))"
                               + (e.count > 1 ? " (\(e.count)×)" : "")))
                }),
            .if(p.timelineTotal > p.timeline.count, .p(.class("hint"), .plain(lang("\(p.timeline.count) pertama dari \(p.timelineTotal) peristiwa.",
                                                                                   "The first \(p.timeline.count) of \(p.timelineTotal) events.")))))
    }
}
