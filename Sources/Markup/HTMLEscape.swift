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
        guard s.utf8.contains(where: { special($0, quotes: quotes) }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        write(s, quotes: quotes, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func special(_ b: UInt8, quotes: Bool) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || (quotes && (b == 0x22 || b == 0x27))
    }

    /// Appends `s` escaped (for an attribute value when `quotes`), copying runs without a special
    /// character whole.
    static func write(_ s: String, quotes: Bool, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, b) in bytes.enumerated() where special(b, quotes: quotes) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                switch b {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                default: out.append(contentsOf: "&#39;".utf8)
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
