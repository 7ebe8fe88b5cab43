/// Writes one HTCDS case as a line of JSON, keys sorted, by hand: `JSONSerialization` made an
/// export of a million cases take minutes, most of it boxing values into Foundation objects.
enum JSONLineWriter {
    static func line(case caseRow: HTCDSRow, persons: [HTCDSRow], support: [HTCDSRow]) -> String {
        var out = "{"
        var first = true
        // The nested arrays sort among the case's own keys, as JSONSerialization's sortedKeys did.
        var keys = caseRow.keys.map { ($0, 0) } + [(HTCDSSection.persons.jsonKey, 1), (HTCDSSection.support.jsonKey, 2)]
        keys.sort { $0.0 < $1.0 }
        for (key, kind) in keys {
            if !first { out += "," }
            first = false
            string(key, into: &out)
            out += ":"
            switch kind {
            case 0: value(caseRow[key]!, into: &out)
            default: array(kind == 1 ? persons : support, into: &out)
            }
        }
        return out + "}\n"
    }

    private static func array(_ rows: [HTCDSRow], into out: inout String) {
        out += "["
        for (i, row) in rows.enumerated() {
            if i > 0 { out += "," }
            object(row, into: &out)
        }
        out += "]"
    }

    private static func object(_ row: HTCDSRow, into out: inout String) {
        out += "{"
        for (i, key) in row.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            string(key, into: &out)
            out += ":"
            value(row[key]!, into: &out)
        }
        out += "}"
    }

    private static func value(_ v: HTCDSValue, into out: inout String) {
        switch v {
        case .text(let s): string(s, into: &out)
        case .number(let n): out += String(n)
        case .list(let l):
            out += "["
            for (i, s) in l.enumerated() {
                if i > 0 { out += "," }
                string(s, into: &out)
            }
            out += "]"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else,
    /// slashes and non-ASCII letters included, written as it is.
    static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
