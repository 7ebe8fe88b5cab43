/// Writes one HTCDS case as a line of JSON, keys sorted, by hand and straight into bytes:
/// `JSONSerialization` made an export of a million cases take minutes, most of it boxing values
/// into Foundation objects, and a dictionary per row sorted again for every row took most of
/// the rest.
enum JSONLineWriter {
    /// The case row with its persons and support rows nested, and a line break.
    static func line(case caseRow: [HTCDSValue?], persons: [[HTCDSValue?]], personLayout: HTCDSRowLayout,
                     support: [[HTCDSValue?]], into out: inout [UInt8]) {
        let layout = HTCDSRowLayout.cases, nestedPersons = layout.columns.count
        out.append(UInt8(ascii: "{"))
        var first = true
        for i in layout.jsonOrder {
            if i < nestedPersons {
                guard let v = caseRow[i], !v.isEmpty else { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: layout.jsonKeys[i])
                value(v, into: &out)
            } else {
                if !first { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: layout.jsonKeys[i])
                let isPersons = i == nestedPersons
                array(isPersons ? persons : support, isPersons ? personLayout : .support, into: &out)
            }
            first = false
        }
        out.append(contentsOf: [UInt8(ascii: "}"), UInt8(ascii: "\n")])
    }

    private static func array(_ rows: [[HTCDSValue?]], _ layout: HTCDSRowLayout, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (n, row) in rows.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            var first = true
            for i in layout.jsonOrder {
                guard let v = row[i], !v.isEmpty else { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                out.append(contentsOf: layout.jsonKeys[i])
                value(v, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func value(_ v: HTCDSValue, into out: inout [UInt8]) {
        switch v {
        case .text(let s): string(s, into: &out)
        case .number(let n): out.append(contentsOf: String(n).utf8)
        case .list(let l):
            out.append(UInt8(ascii: "["))
            for (i, s) in l.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(s, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else,
    /// slashes and non-ASCII letters included, written as it is. Only ASCII bytes are escaped, so
    /// working on UTF-8 bytes escapes exactly what working on Unicode scalars would.
    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                out.append(contentsOf: bytes)
                return
            }
            for b in bytes {
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0..<0x20: out.append(contentsOf: Array("\\u00".utf8) + [hex(b >> 4), hex(b & 0xF)])
                default: out.append(b)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A lower-case hex digit, as `String(_:radix:)` writes them.
    private static func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
}
