import Foundation

/// Reads an HTCDS file into rows, typed by field, without judging their values yet.
enum HTCDSSource {
    /// The value of one field as a JSON value gave it; a type error when it is not what the
    /// field holds (a list of strings for a multi-select, a whole number for a number, a string otherwise).
    static func value(_ field: String, json: JSONValue) -> HTCDSValue? {
        if HTCDSSection.multiValued.contains(field) {
            guard case .array(let list) = json else { return nil }
            var strings: [String] = []
            for element in list {
                guard case .string(let s) = element else { return nil }
                strings.append(s)
            }
            return .list(strings)
        }
        if HTCDSSection.numeric.contains(field) { return json.wholeNumber.map(HTCDSValue.number) }
        guard case .string(let s) = json else { return nil }
        return .text(s)
    }

    /// The same from a CSV cell: lists split at `;`, numbers parsed.
    static func value(_ field: String, csv: String) -> HTCDSValue? {
        if HTCDSSection.multiValued.contains(field) { return .list(csv.split(separator: ";").map(String.init)) }
        if HTCDSSection.numeric.contains(field) { return Int(csv).map(HTCDSValue.number) }
        return .text(csv)
    }

    /// The fields of a JSON object; its nested `persons` and `support` are rows of their own.
    static func row(file: String, line: Int, path: String, object: [JSONValue.Member]) -> SourceRow {
        var fields: HTCDSRow = [:], errors: [(String, String)] = []
        for member in object where member.name != HTCDSSection.persons.jsonKey && member.name != HTCDSSection.support.jsonKey {
            if member.value == .null { continue }
            guard let value = value(member.name, json: member.value) else {
                errors.append((member.name, member.value.description))
                continue
            }
            if !value.isEmpty { fields[member.name] = value }
        }
        return SourceRow(file: file, line: line, path: path, fields: fields, typeErrors: errors)
    }

    /// The rows of a whole CSV file: the header names the fields; a line with the wrong number of
    /// cells is a reject of its own.
    static func csvRows(_ source: HTCDSCSVSource) throws -> (rows: [SourceRow], rejects: [ImportReject]) {
        var rows: [SourceRow] = [], rejects: [ImportReject] = []
        var reader = HTCDSCSVFile(file: source.file, records: try source.records())
        while let item = try reader.next() {
            switch item {
            case .row(let row, _): rows.append(row)
            case .reject(let reject): rejects.append(reject)
            }
        }
        return (rows, rejects)
    }
}
