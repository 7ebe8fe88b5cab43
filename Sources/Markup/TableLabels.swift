/// On a phone a table is read as a stack of cards, one per row, each cell beside the name of
/// its column. So that no view can forget the names, every body cell of a table with a header
/// row is given its column's heading as `data-label` when the page is rendered, and the table is
/// marked `data-stack` for the stylesheet. Cells that already carry a label keep theirs.
enum TableLabels {
    static func labelled(_ children: [Node]) -> [Node] {
        let headings = flatten(children).first { $0.elementName == "thead" }
            .flatMap { flatten($0.elementChildren).first { $0.elementName == "tr" } }
            .map { flatten($0.elementChildren).filter { $0.elementName == "th" }.map { plainText($0) } } ?? []
        guard !headings.isEmpty else { return children }
        return [.attribute(named: "data-stack")] + children.map { relabel($0, headings) }
    }

    /// Rows of `tbody` (or of the table itself) get their cells labelled; other nodes pass as they are.
    private static func relabel(_ node: Node, _ headings: [String]) -> Node {
        switch node.kind {
        case .group(let nodes): return Node(.group(nodes.map { relabel($0, headings) }))
        case .element("tbody", let rows): return Node(.element(name: "tbody", children: rows.map { relabel($0, headings) }))
        case .element("tr", let cells):
            var column = 0
            return Node(.element(name: "tr", children: flatten(cells).map { cell in
                guard cell.elementName == "td" || cell.elementName == "th" else { return cell }
                defer { column += 1 }
                guard column < headings.count, !headings[column].isEmpty, !hasAttribute(cell, "data-label") else { return cell }
                return Node(.element(name: cell.elementName!, children: [.attribute(named: "data-label", value: headings[column])] + cell.elementChildren))
            }))
        default: return node
        }
    }

    /// Children with groups opened, so rows built with `forEach` are found.
    private static func flatten(_ nodes: [Node]) -> [Node] {
        nodes.flatMap { n -> [Node] in if case .group(let inner) = n.kind { return flatten(inner) } else { return [n] } }
    }

    private static func hasAttribute(_ node: Node, _ name: String) -> Bool {
        flatten(node.elementChildren).contains { if case .attribute(name, _) = $0.kind { return true } else { return false } }
    }

    /// The text of a heading, without its markup.
    private static func plainText(_ node: Node) -> String {
        switch node.kind {
        case .text(let s): return s
        case .group(let nodes), .element(_, let nodes): return nodes.map(plainText).joined()
        case .raw, .attribute: return ""
        }
    }
}

extension Node {
    var elementName: String? { if case .element(let name, _) = kind { return name } else { return nil } }
    var elementChildren: [Node] { if case .element(_, let children) = kind { return children } else { return [] } }
}
