import Cases

extension ProtectionItem {
    /// The item as JSON in the shape its `Codable` conformance reads (property names as keys,
    /// absent optionals left out, dates as `YYYY-MM-DD`), written straight into bytes. The store
    /// keeps every item as such a document; `JSONEncoder` made it at a tenth of an HTCDS import's
    /// CPU. `ProtectionItemDocumentTests` decodes it back with `JSONDecoder` to the same item.
    public var jsonDocument: String {
        var out: [UInt8] = []
        out.reserveCapacity(400 + 200 * history.count)
        var item = JSONMembers(&out)
        item.text("id", id, &out)
        item.text("caseID", caseID, &out)
        item.text("victimID", victimID, &out)
        item.text("service", service.rawValue, &out)
        item.text("responsibleAgencyID", responsibleAgencyID, &out)
        item.text("requestedByAgencyID", requestedByAgencyID, &out)
        item.text("requestedOn", requestedOn.description, &out)
        item.text("agreedDueOn", agreedDueOn?.description, &out)
        item.text("referralID", referralID, &out)
        item.text("status", status.rawValue, &out)
        item.text("startedOn", startedOn?.description, &out)
        item.text("closedOn", closedOn?.description, &out)
        item.text("notDeliveredReason", notDeliveredReason, &out)
        item.number("version", version, &out)
        item.key("history", &out)
        out.append(UInt8(ascii: "["))
        for (i, change) in history.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            var step = JSONMembers(&out)
            step.text("on", change.on.description, &out)
            step.text("byAgencyID", change.byAgencyID, &out)
            step.text("action", change.action, &out)
            step.text("from", change.from, &out)
            step.text("to", change.to, &out)
            step.text("note", change.note, &out)
            step.number("version", change.version, &out)
            step.text("recordedAt", change.recordedAt, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "]}".utf8)
        return String(decoding: out, as: UTF8.self)
    }
}

/// The members of one JSON object being written (its `{` written on creation, its `}` by the
/// caller): a comma before every member but the first, and a nil value leaves its member out,
/// as the synthesized `Codable` conformance does.
struct JSONMembers {
    private var first = true

    init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

    mutating func key(_ name: String, _ out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        JSONStringBytes.write(name, into: &out)
        out.append(UInt8(ascii: ":"))
    }

    mutating func text(_ name: String, _ value: String?, _ out: inout [UInt8]) {
        guard let value else { return }
        key(name, &out)
        JSONStringBytes.write(value, into: &out)
    }

    mutating func number(_ name: String, _ value: Int, _ out: inout [UInt8]) {
        key(name, &out)
        out.append(contentsOf: String(value).utf8)
    }
}
