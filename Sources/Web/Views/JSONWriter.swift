import Cases

/// Writes JSON straight into bytes. Used for the case list, the API's busiest answer: there
/// Foundation's JSONEncoder, which boxes every value, was a quarter of the request.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func key(_ s: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(s)
        raw("\":")
    }

    mutating func int(_ i: Int) { bytes.append(contentsOf: String(i).utf8) }
    mutating func bool(_ b: Bool) { b ? raw("true") : raw("false") }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as
    /// its UTF-8 bytes.
    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var copy = s
        copy.withUTF8 { utf8 in
            // Most values need no escaping: copied whole.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for b in utf8 {
                switch b {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                case 0..<0x20:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    private static let hex = Array("0123456789abcdef".utf8)
}

extension CaseRecord {
    /// The same object JSONEncoder writes for a `CaseRecord` (the test decodes both and compares).
    func writeJSON(_ w: inout JSONWriter) {
        w.raw("{"); w.key("id"); w.string(id)
        w.raw(","); w.key("number"); w.string(number)
        w.raw(","); w.key("provinceCode"); w.string(provinceCode)
        w.raw(","); w.key("regency"); w.string(regency)
        w.raw(","); w.key("openedOn"); w.string(openedOn)
        if let incidentDate { w.raw(","); w.key("incidentDate"); w.string(incidentDate) }
        w.raw(","); w.key("exploitationTypes"); w.raw("[")
        for (i, t) in exploitationTypes.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(t.rawValue)
        }
        w.raw("]")
        w.raw(","); w.key("status"); w.string(status.rawValue)
        w.raw(","); w.key("summary"); w.string(summary)
        w.raw(","); w.key("createdAt"); w.string(createdAt)
        w.raw(","); w.key("updatedAt"); w.string(updatedAt)
        w.raw("}")
    }
}

extension CaseListBody {
    var jsonBytes: [UInt8] {
        var w = JSONWriter(capacity: 512 * (cases.count + 1))
        w.raw("{"); w.key("cases"); w.raw("[")
        for (i, c) in cases.enumerated() {
            if i > 0 { w.raw(",") }
            c.writeJSON(&w)
        }
        w.raw("],"); w.key("hasMore"); w.bool(hasMore)
        w.raw(","); w.key("page"); w.int(page)
        w.raw(","); w.key("pageSize"); w.int(pageSize)
        w.raw("}")
        return w.bytes
    }
}
