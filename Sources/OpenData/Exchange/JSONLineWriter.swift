import Cases

/// Writes one HTCDS case as a line of JSON, keys sorted, by hand and straight into bytes:
/// `JSONSerialization` made an export of a million cases take minutes, most of it boxing values
/// into Foundation objects, and a dictionary per row sorted again for every row took most of
/// the rest.
enum JSONLineWriter {
    /// The case row with its persons and support rows nested, and a line break.
    static func line(_ rows: HTCDSCaseRows, into out: inout [UInt8]) {
        let caseRow = rows.caseRow
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
                array(isPersons ? rows.persons : rows.support, isPersons ? rows.personLayout : .support, into: &out)
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

    static func string(_ s: String, into out: inout [UInt8]) {
        JSONStringBytes.write(s, into: &out)
    }
}
