/// The escaping of every text and attribute value that Simpul writes into HTML, in one pass over
/// the UTF-8 bytes.
public enum HTMLEscape {
    /// For element content: `&`, `<` and `>`.
    public static func content(_ s: String) -> String { escape(s, quotes: false) }

    /// For attribute values (and content too): quotes as well, so a value cannot end its attribute.
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    /// For markup assembled by hand (`Node.raw`), where one string may land in either place.
    public static func text(_ s: String) -> String { escape(s, quotes: true) }

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
