import Cases

/// One thing wrong in an imported file: where (file, line, field), what value, and why, so the
/// partner can fix it at the source. A row with any reject is left out; every other row loads.
public struct ImportReject: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// The field at fault, e.g. `prs_Gender` or, in JSON, `persons[1].prs_Gender`.
    public let field: String
    public let value: String
    /// Indonesian first, then English.
    public let reason: (id: String, en: String)

    public static func == (a: ImportReject, b: ImportReject) -> Bool {
        a.file == b.file && a.line == b.line && a.field == b.field && a.value == b.value && a.reason == b.reason
    }

    public func hash(into h: inout Hasher) {
        h.combine(file)
        h.combine(line)
        h.combine(field)
        h.combine(value)
    }

    public var description: String {
        "\(file):\(line): \(field) = '\(value.prefix(40))': \(reason.id) / \(reason.en)"
    }
}

/// A row read from a file, before it is checked: where it came from and its fields.
struct SourceRow {
    let file: String
    let line: Int
    /// How the row's fields are named in rejects: "" for a CSV row, `persons[1].` in JSON.
    let path: String
    let fields: HTCDSRow
    /// Fields whose value had the wrong JSON type or did not parse as a number.
    let typeErrors: [(field: String, value: String)]
}

/// Checks one row's fields in turn, collecting every problem rather than stopping at the first.
struct RowCheck {
    let row: SourceRow
    private(set) var rejects: [ImportReject] = []

    init(_ row: SourceRow) {
        self.row = row
        for (field, value) in row.typeErrors {
            fail(field, value, id: "jenis nilai salah", en: "wrong type of value")
        }
    }

    var ok: Bool { rejects.isEmpty }

    mutating func fail(_ field: String, _ value: String, id: String, en: String) {
        rejects.append(ImportReject(file: row.file, line: row.line, field: row.path + field, value: value, reason: (id, en)))
    }

    mutating func text(_ field: String, required: Bool = false) -> String? {
        switch row.fields[field] {
        case .text(let s)?: return s
        case .number(let n)?: return String(n)
        case .list(let l)?: return l.joined(separator: ";")
        case nil:
            if required { fail(field, "", id: "wajib diisi", en: "is required") }
            return nil
        }
    }

    mutating func code<T>(_ field: String, required: Bool = false, _ map: (String) -> T?) -> T? {
        guard let raw = text(field, required: required) else { return nil }
        guard let value = map(raw) else {
            fail(field, raw, id: "kode tidak dikenal", en: "unknown code")
            return nil
        }
        return value
    }

    mutating func codes<T>(_ field: String, _ map: (String) -> T?) -> [T]? {
        let raw: [String]
        switch row.fields[field] {
        case .list(let l)?: raw = l
        case .text(let s)?: raw = [s]
        case .number(let n)?: raw = [String(n)]
        case nil: return nil
        }
        var out: [T] = []
        for value in raw {
            guard let mapped = map(value) else {
                fail(field, value, id: "kode tidak dikenal", en: "unknown code")
                continue
            }
            out.append(mapped)
        }
        return out
    }

    mutating func date(_ field: String, required: Bool = false) -> CalendarDate? {
        code(field, required: required, CalendarDate.init(iso:))
    }

    mutating func number(_ field: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = row.fields[field] else { return nil }
        guard case .number(let n) = value, range.contains(n) else {
            fail(field, value.csv, id: "harus bilangan bulat \(range.lowerBound)–\(range.upperBound)",
                 en: "must be a whole number \(range.lowerBound)–\(range.upperBound)")
            return nil
        }
        return n
    }

    mutating func countryCode(_ field: String) -> String? {
        code(field) { s in s.count == 2 && s.allSatisfy { $0.isASCII && $0.isUppercase } ? s : nil }
    }
}
