import Foundation
import Markup
import Networks

/// The network drawn on the server as SVG from `Network.layout`: one shape per kind of node
/// (square cases, round persons, diamond agencies and companies, triangular phones, hexagonal
/// accounts and wallets, small discs for the rest), each with its label as a tooltip and, in a
/// small drawing or for cases and brokers, under it; each edge with its kinds and dates as a
/// tooltip. Needs no JavaScript; the tables beside it say the same for screen readers.
enum NetworkGraphSVG {
    static let width = 960.0, height = 640.0, radius = 9.0

    static func svg(_ p: NetworkPage, lang: Lang) -> Node {
        let place = Dictionary(p.positions.map { ($0.node, $0) }, uniquingKeysWith: { a, _ in a })
        let onPath = Set(p.path ?? [])
        let brokers = Set(p.brokers.prefix(5).map(\.node))
        let labelAll = p.positions.count <= 60
        var edges: [Node] = [], shapes: [Node] = []
        for pair in p.network.linkedPairs() {
            guard let a = place[pair.a], let b = place[pair.b] else { continue }
            let dates = [pair.first, pair.last].compactMap { $0?.description }.uniqued().joined(separator: " – ")
            let words = pair.kinds.map { lang(NetworkWords.link($0)) }.joined(separator: ", ")
            let path = onPath.contains(pair.a) && onPath.contains(pair.b)
            edges.append(element("line", [attr("x1", a.x), attr("y1", a.y), attr("x2", b.x), attr("y2", b.y),
                                          .attribute(named: "class", value: path ? "edge on-path" : "edge"),
                                          element("title", [.text(words + (dates.isEmpty ? "" : " · " + dates) + " · \(pair.count)×")])]))
        }
        for position in p.positions {
            let n = p.node(position.node)
            let label = lang(n.label)
            var classes = "node n-\(n.kind.rawValue)"
            if position.node == p.anchor { classes += " anchor" }
            if onPath.contains(position.node) { classes += " on-path" }
            if n.caseID == nil && n.kind == .case { classes += " hidden-case" }
            let title = element("title", [.text("\(label) · \(lang(NetworkWords.kind(n.kind)))")])
            shapes.append(element("g", [.attribute(named: "class", value: classes), shape(n.kind, position.x, position.y), title]))
            if labelAll || n.kind == .case || brokers.contains(position.node) || position.node == p.anchor {
                shapes.append(element("text", [attr("x", position.x), attr("y", position.y + radius + 11), .attribute(named: "text-anchor", value: "middle"),
                                               .attribute(named: "class", value: "node-label"), .text(label.count > 18 ? String(label.prefix(17)) + "…" : label)]))
            }
        }
        let caption = lang("Gambar jaringan: \(p.positions.count) simpul", "Network drawing: \(p.positions.count) nodes")
        return element("svg", [.attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                               .attribute(named: "viewBox", value: "0 0 \(Int(width)) \(Int(height + 14))"),
                               .attribute(named: "class", value: "network-svg"), .attribute(named: "role", value: "img"),
                               .attribute(named: "aria-labelledby", value: "network-svg-title"),
                               element("title", [.attribute(named: "id", value: "network-svg-title"), .text(caption)])]
                       + edges + shapes)
    }

    /// The shape of a node of this kind centred on (x, y).
    static func shape(_ kind: NodeKind, _ x: Double, _ y: Double) -> Node {
        let r = radius
        switch kind {
        case .case:
            return element("rect", [attr("x", x - r), attr("y", y - r), attr("width", 2 * r), attr("height", 2 * r)])
        case .person:
            return element("circle", [attr("cx", x), attr("cy", y), attr("r", r)])
        case .agency, .company:
            return polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)])
        case .phone:
            return polygon([(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)])
        case .bankAccount, .eWallet:
            return polygon((0..<6).map { i in (x + r * cos(Double(i) * .pi / 3), y + r * sin(Double(i) * .pi / 3)) })
        default:
            return element("circle", [attr("cx", x), attr("cy", y), attr("r", r * 0.6)])
        }
    }

    static func polygon(_ points: [(Double, Double)]) -> Node {
        element("polygon", [.attribute(named: "points", value: points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " "))])
    }

    static func element(_ name: String, _ nodes: [Node]) -> Node { .element(named: name, nodes: nodes) }

    static func attr(_ name: String, _ value: Double) -> Node { .attribute(named: name, value: number(value)) }

    static func number(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v) }
}

extension Array where Element: Hashable {
    /// Each element once, in first-seen order.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
