import Plot

/// Escapes text for HTML in one pass over its UTF-8 bytes. Plot's own escaping builds the result
/// character by character: it took a quarter of the case list's time, and after the table rows
/// were written by hand still a tenth (the search form's options, the menu). So views write
/// text with `.plain`, never Plot's `.text`.
enum HTMLEscape {
    /// For element content: `&`, `<` and `>` (quotes need no escaping there).
    static func content(_ s: String) -> String { escape(s, quotes: false) }

    /// For element content and attribute values alike.
    static func text(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        func special(_ b: UInt8) -> Bool { b == 0x26 || b == 0x3C || b == 0x3E || (quotes && (b == 0x22 || b == 0x27)) }
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for b in s.utf8 {
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22 where quotes: out.append(contentsOf: "&quot;".utf8)
            case 0x27 where quotes: out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Node {
    /// Text content, escaped by `HTMLEscape.content`: what Plot's `.text` does, in one pass.
    static func plain(_ text: String) -> Node { .raw(HTMLEscape.content(text)) }
}
