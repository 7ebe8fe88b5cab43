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
    static func isVoid(_ name: String) -> Bool {
        switch name {
        case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr": return true
        default: return false
        }
    }

    /// Writes the node as HTML: every text and attribute value through `HTMLEscape`. Bytes, not a
    /// `String`: a page is thousands of small pieces, and a search page was a sixth of the server's
    /// time in appending them.
    func render(into out: inout [UInt8]) {
        switch kind {
        case .text(let s): HTMLEscape.write(s, quotes: false, into: &out)
        case .raw(let s): out.append(contentsOf: s.utf8)
        case .group(let nodes): for n in nodes { n.render(into: &out) }
        // An attribute outside an element has nothing to attach to.
        case .attribute: break
        case .element(let name, let children):
            let children = name == "table" ? TableLabels.labelled(children) : children
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            Self.writeAttributes(children, into: &out)
            out.append(UInt8(ascii: ">"))
            guard !Self.isVoid(name) else { return }
            // Attributes render as nothing, and groups as their nodes: the content alone, in order.
            for n in children { n.render(into: &out) }
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: ">"))
        }
    }

    /// The element's attributes, looking through groups: each name once, where it first stands,
    /// with the value it was given last. Gathered on the stack: most elements have a few.
    private static func writeAttributes(_ children: [Node], into out: inout [UInt8]) {
        var count = 0
        forEachAttribute(children) { _, _ in count += 1 }
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: (name: String, value: String?).self, capacity: count) { gathered in
            var n = 0
            forEachAttribute(children) { name, value in
                if let i = (0..<n).first(where: { gathered[$0].name == name }) { gathered[i].value = value; return }
                (gathered.baseAddress! + n).initialize(to: (name, value))
                n += 1
            }
            for (name, value) in gathered[..<n] {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: name.utf8)
                if let value {
                    out.append(contentsOf: "=\"".utf8)
                    HTMLEscape.write(value, quotes: true, into: &out)
                    out.append(UInt8(ascii: "\""))
                }
            }
            gathered.baseAddress!.deinitialize(count: n)
        }
    }

    private static func forEachAttribute(_ nodes: [Node], _ body: (String, String?) -> Void) {
        for n in nodes {
            switch n.kind {
            case .attribute(let name, let value): body(name, value)
            case .group(let inner): forEachAttribute(inner, body)
            default: break
            }
        }
    }
}

/// A whole page: `<!DOCTYPE html>` and the `html` element with the given attributes and content.
public struct HTML: Sendable {
    let root: Node

    public init(_ nodes: Node...) { root = .element(named: "html", nodes: nodes) }

    public func render() -> String { String(decoding: renderedBytes(), as: UTF8.self) }

    /// The page as UTF-8, for a response body.
    public func renderedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32_768)
        out.append(contentsOf: "<!DOCTYPE html>".utf8)
        root.render(into: &out)
        return out
    }
}

public extension Node {
    /// The node alone as HTML (for fragments and tests).
    func render() -> String {
        var out: [UInt8] = []
        render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
