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

    mutating func string(_ s: String) {
        JSONStringBytes.write(s, into: &bytes)
    }

    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }
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
