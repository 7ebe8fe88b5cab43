/// A piece of an HTML document: an element, an attribute of the element it is placed in, text,
/// markup already written, or a group of these.
///
/// Simpul writes its pages with this rather than with Plot because Plot writes attribute values
/// as they come, unescaped: a search term or a reporter's free text in a `value` attribute could
/// close the attribute and add markup. Here every text and every attribute value is escaped when
/// the document is rendered (`Node.render(into:)`), the one place no view can bypass.
public struct Node: Sendable {
    indirect enum Kind: Sendable {
        case element(name: String, children: [Node])
        case attribute(name: String, value: String?)
        case text(String)
        case raw(String)
        case group([Node])
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }
}

public extension Node {
    /// Nothing: renders no markup.
    static var empty: Node { Node(.group([])) }

    /// Text, escaped when rendered.
    static func text(_ text: String) -> Node { Node(.text(text)) }

    /// Text, escaped when rendered (the name Simpul's views use).
    static func plain(_ text: String) -> Node { Node(.text(text)) }

    /// Markup written elsewhere and already escaped there. Only for markup made by code, never
    /// for a value that came from a person.
    static func raw(_ html: String) -> Node { Node(.raw(html)) }

    /// An element: the attributes among `nodes` go into its start tag, wherever they stand.
    static func element(named name: String, nodes: [Node]) -> Node { Node(.element(name: name, children: nodes)) }

    static func element(named name: String, text: String) -> Node { element(named: name, nodes: [.text(text)]) }

    /// An attribute of the element the node is placed in; its value is escaped when rendered.
    static func attribute(named name: String, value: String) -> Node { Node(.attribute(name: name, value: value)) }

    /// A boolean attribute (`selected`, `required`, …): present without a value.
    static func attribute(named name: String) -> Node { Node(.attribute(name: name, value: nil)) }

    static func group(_ nodes: Node...) -> Node { Node(.group(nodes)) }
    static func group(_ nodes: [Node]) -> Node { Node(.group(nodes)) }

    static func `if`(_ condition: Bool, _ node: Node, else otherwise: Node = .empty) -> Node {
        condition ? node : otherwise
    }

    static func unwrap<T>(_ value: T?, _ transform: (T) throws -> Node, else otherwise: Node = .empty) rethrows -> Node {
        try value.map(transform) ?? otherwise
    }

    static func forEach<S: Sequence>(_ values: S, _ transform: (S.Element) throws -> Node) rethrows -> Node {
        Node(.group(try values.map(transform)))
    }
}

extension Node {
    /// Elements that have no content and no end tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]

    /// Writes the node as HTML: every text and attribute value through `HTMLEscape`.
    func render(into out: inout String) {
        switch kind {
        case .text(let s): out += HTMLEscape.content(s)
        case .raw(let s): out += s
        case .group(let nodes): for n in nodes { n.render(into: &out) }
        // An attribute outside an element has nothing to attach to.
        case .attribute: break
        case .element(let name, let children):
            var attributes: [(name: String, value: String?)] = []
            var content: [Node] = []
            Self.sort(name == "table" ? TableLabels.labelled(children) : children, attributes: &attributes, content: &content)
            out += "<" + name
            for a in attributes {
                out += " " + a.name
                if let v = a.value { out += "=\"" + HTMLEscape.attribute(v) + "\"" }
            }
            out += ">"
            guard !Self.voidElements.contains(name) else { return }
            for n in content { n.render(into: &out) }
            out += "</" + name + ">"
        }
    }

    /// Splits an element's children into its attributes (a later one of the same name replaces an
    /// earlier one) and its content, looking through groups.
    private static func sort(_ nodes: [Node], attributes: inout [(name: String, value: String?)], content: inout [Node]) {
        for n in nodes {
            switch n.kind {
            case .attribute(let name, let value):
                if let i = attributes.firstIndex(where: { $0.name == name }) { attributes[i].value = value }
                else { attributes.append((name, value)) }
            case .group(let inner): sort(inner, attributes: &attributes, content: &content)
            default: content.append(n)
            }
        }
    }
}

/// A whole page: `<!DOCTYPE html>` and the `html` element with the given attributes and content.
public struct HTML: Sendable {
    let root: Node

    public init(_ nodes: Node...) { root = .element(named: "html", nodes: nodes) }

    public func render() -> String {
        var out = "<!DOCTYPE html>"
        out.reserveCapacity(16_384)
        root.render(into: &out)
        return out
    }
}

public extension Node {
    /// The node alone as HTML (for fragments and tests).
    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }
}
