import Foundation

/// Reads an HTCDS file into rows, typed by field, without judging their values yet.
enum HTCDSSource {
    /// The value of one field as a JSON value gave it; a type error when it is not what the
    /// field holds (a list for a multi-select, a whole number for a number, text otherwise).
    static func value(_ field: String, json: Any) -> HTCDSValue? {
        if HTCDSSection.multiValued.contains(field) {
            guard let list = json as? [Any] else { return nil }
            let strings = list.compactMap { $0 as? String }
            return strings.count == list.count ? .list(strings) : nil
        }
        if HTCDSSection.numeric.contains(field) {
            guard let number = json as? NSNumber, !(json is String), let n = Int(exactly: number.doubleValue) else { return nil }
            return .number(n)
        }
        return (json as? String).map(HTCDSValue.text)
    }

    /// The same from a CSV cell: lists split at `;`, numbers parsed.
    static func value(_ field: String, csv: String) -> HTCDSValue? {
        if HTCDSSection.multiValued.contains(field) { return .list(csv.split(separator: ";").map(String.init)) }
        if HTCDSSection.numeric.contains(field) { return Int(csv).map(HTCDSValue.number) }
        return .text(csv)
    }

    static func row(file: String, line: Int, path: String, object: [String: Any]) -> SourceRow {
        var fields: HTCDSRow = [:], errors: [(String, String)] = []
        for (field, json) in object where field != HTCDSSection.persons.jsonKey && field != HTCDSSection.support.jsonKey {
            if json is NSNull { continue }
            guard let value = value(field, json: json) else {
                errors.append((field, "\(json)"))
                continue
            }
            if !value.isEmpty { fields[field] = value }
        }
        return SourceRow(file: file, line: line, path: path, fields: fields, typeErrors: errors)
    }

    /// The rows of a CSV file: the header names the fields; a line with the wrong number of
    /// cells is a reject of its own.
    static func csvRows(file: String, text: String) -> (rows: [SourceRow], rejects: [ImportReject]) {
        var header: [String]?
        var rows: [SourceRow] = [], rejects: [ImportReject] = []
        for record in CSVRecords(text: text) {
            guard let columns = header else {
                header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                continue
            }
            if record.fields == [""] { continue }
            guard record.fields.count == columns.count else {
                rejects.append(ImportReject(file: file, line: record.line, field: "*", value: "\(record.fields.count)",
                                            reason: ("jumlah kolom \(record.fields.count), bukan \(columns.count)",
                                                     "\(record.fields.count) cells, not \(columns.count)")))
                continue
            }
            var fields: HTCDSRow = [:], errors: [(String, String)] = []
            for (field, cell) in zip(columns, record.fields) where !cell.isEmpty {
                guard let value = value(field, csv: cell) else {
                    errors.append((field, cell))
                    continue
                }
                if !value.isEmpty { fields[field] = value }
            }
            rows.append(SourceRow(file: file, line: record.line, path: "", fields: fields, typeErrors: errors))
        }
        return (rows, rejects)
    }
}
