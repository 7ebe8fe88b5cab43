import Markup
import Monitoring

/// A horizontal bar chart drawn on the server as SVG: one bar per row of a protected table's
/// column. It needs no JavaScript, scales to the screen through its viewBox, and is hidden from
/// screen readers, which read the table beside it instead.
enum BarChart {
    static let width = 640.0
    static let rowHeight = 22.0
    static let labelWidth = 230.0

    static func svg(_ table: ProtectedTable, column: Int, title: String, lang: Lang) -> Node {
        let kind = table.columns[column].kind
        let rows = table.rows.filter { $0.cells[column] != .noData && $0.cells[column] != .notApplicable }
        let maximum = rows.compactMap { $0.cells[column].number }.max() ?? 0
        let barSpace = width - labelWidth - 90
        let height = Double(max(rows.count, 1)) * rowHeight + 8
        var nodes: [Node] = [element("title", [.text(title)])]
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight + 4
            let label = lang(row.label)
            nodes.append(element("text", [attr("x", labelWidth - 6), attr("y", y + 15), .attribute(named: "text-anchor", value: "end"),
                                          .attribute(named: "class", value: "chart-label"),
                                          .text(label.count > 34 ? String(label.prefix(33)) + "…" : label)]))
            let value = row.cells[column]
            if let x = value.number, maximum > 0 {
                let w = max(1, barSpace * x / maximum)
                nodes.append(element("rect", [attr("x", labelWidth), attr("y", y + 3), attr("width", w), attr("height", rowHeight - 6),
                                              .attribute(named: "class", value: "chart-bar")]))
                nodes.append(element("text", [attr("x", labelWidth + w + 4), attr("y", y + 15), .attribute(named: "class", value: "chart-value"),
                                              .text(ShownText.text(value, kind: kind, lang: lang))]))
            } else {
                nodes.append(element("text", [attr("x", labelWidth + 4), attr("y", y + 15), .attribute(named: "class", value: "chart-value chart-muted"),
                                              .text(ShownText.text(value, kind: kind, lang: lang))]))
            }
        }
        return element("svg", [.attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                               .attribute(named: "viewBox", value: "0 0 \(Int(width)) \(Int(height))"),
                               .attribute(named: "class", value: "chart"), .attribute(named: "aria-hidden", value: "true"),
                               .attribute(named: "focusable", value: "false")] + nodes)
    }

    static func element(_ name: String, _ nodes: [Node]) -> Node { .element(named: name, nodes: nodes) }

    static func attr(_ name: String, _ value: Double) -> Node {
        .attribute(named: name, value: value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value))
    }
}
