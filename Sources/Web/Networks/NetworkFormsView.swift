import Markup
import Networks

/// The network page's two questions, asked with GET forms so that each answer has an address:
/// how finely to cut communities, and how a case is joined to another.
enum NetworkFormsView {
    static func forms(_ p: NetworkPage, lang: Lang) -> Node {
        let others = (0..<p.network.nodeCount).filter { p.network.kinds[$0] == .case && NodeIndex($0) != p.anchor }
        return .div(.class("network-forms"),
            .form(.method(.get), .action(p.route([:]).path), .class("inline-form"),
                .div(.class("field"),
                     .label(.for("f-resolusi"), .plain(lang("Resolusi komunitas", "Community resolution"))),
                     .span(.class("hint"), .id("f-resolusi-hint"), .plain(lang("1 = modularitas biasa; lebih besar memecah jaringan menjadi komunitas lebih kecil.",
                                                                              "1 = plain modularity; larger cuts the network into smaller communities."))),
                     .input(.type(.number), .id("f-resolusi"), .name("resolusi"), .value(String(p.resolution)),
                            .attribute(named: "step", value: "0.01"), .attribute(named: "min", value: "0.01"), .attribute(named: "max", value: "10"),
                            .attribute(named: "aria-describedby", value: "f-resolusi-hint"))),
                .button(.type(.submit), .plain(lang("Hitung ulang", "Recompute")))),
            .if(!others.isEmpty, .form(.method(.get), .action(p.route([:]).path + "#path"), .class("inline-form"),
                FormViews.select("ke", label: lang("Jalur terpendek ke kasus", "Shortest path to the case"),
                                 options: others.map { (p.nodes[$0].handle, lang(p.nodes[$0].label)) },
                                 selected: p.pathTarget.map { p.node($0).handle }, errors: [], lang: lang, markOptional: false),
                .input(.type(.hidden), .name("resolusi"), .value(String(p.resolution))),
                .button(.type(.submit), .plain(lang("Cari jalur", "Find the path"))))))
    }

    static func path(_ p: NetworkPage, lang: Lang) -> Node {
        guard let target = p.pathTarget else { return .empty }
        return .section(.id("path"), .attribute(named: "aria-labelledby", value: "path-title"),
            .h2(.id("path-title"), .plain(lang("Jalur ke \(p.node(target).label.id)", "Path to \(p.node(target).label.en)"))),
            p.path.map { nodes in
                .ol(.class("path"), .forEach(nodes) { v in .li(.plain("\(lang(p.node(v).label)) (\(lang(NetworkWords.kind(p.node(v).kind))))")) })
            } ?? .p(.plain(lang("Kedua kasus tidak terhubung.", "The two cases are not connected."))))
    }
}
