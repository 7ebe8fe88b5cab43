import Cases
import Foundation

/// Reads the linkage input: a UTF-8 CSV with the columns
/// `record_id,source,full_name,nik,dob,sex,pob,phone` in any order (other columns are ignored).
/// A file that cannot be read as a whole throws `LinkageCSVError`; a row that cannot be used is
/// listed in `rejects` with its line, and the rest is linked. Nothing is dropped silently.
public enum LinkageCSV {
    public static let requiredColumns = ["record_id", "source", "full_name", "nik", "dob", "sex", "pob", "phone"]

    /// The rows of an input file.
    public struct Input: Sendable {
        public var records: [PersonRecord]
        /// Line number (1-based, header is line 1) where each record starts, parallel to `records`.
        public var lines: [Int]
        public var rejects: [RejectedRow]
        public var warnings: [FieldWarning]
    }

    public static func read(contentsOf url: URL) throws(LinkageCSVError) -> Input {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try parse(Array(data))
    }

    public static func parse(_ text: String) throws(LinkageCSVError) -> Input { try parse(Array(text.utf8)) }

    public static func parse(_ bytes: [UInt8]) throws(LinkageCSVError) -> Input {
        var scanner = CSVScanner(bytes)
        func next() throws(LinkageCSVError) -> (line: Int, fields: [String])? {
            let row: (line: Int, fields: [ArraySlice<UInt8>])?
            do { row = try scanner.nextRow() } catch { if case .unbalancedQuote(let l) = error { throw .unbalancedQuote(line: l) }; return nil }
            guard let row else { return nil }
            var out: [String] = []
            out.reserveCapacity(row.fields.count)
            for f in row.fields {
                guard let s = String(bytes: f, encoding: .utf8) else { throw .invalidEncoding(line: row.line) }
                out.append(s)
            }
            return (row.line, out)
        }
        guard let header = try next() else { throw .noRows(line: 1) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing, line: header.line) }
        let column = requiredColumns.map { c in names.firstIndex(of: c)! }
        var input = Input(records: [], lines: [], rejects: [], warnings: [])
        var seen: [String: Int] = [:]
        var lastLine = header.line
        while let row = try next() {
            lastLine = row.line
            let f = row.fields
            guard f.count == names.count else {
                input.rejects.append(RejectedRow(line: row.line, reason: "has \(f.count) fields, the header has \(names.count)"))
                continue
            }
            let v = column.map { trim(f[$0]) }
            guard !v[0].isEmpty else { input.rejects.append(RejectedRow(line: row.line, reason: "record_id is empty")); continue }
            if let first = seen[v[0]] {
                input.rejects.append(RejectedRow(line: row.line, reason: "record_id \(v[0]) already used on line \(first)"))
                continue
            }
            seen[v[0]] = row.line
            let r = PersonRecord(recordID: v[0], source: v[1], fullName: v[2], nik: v[3], dob: v[4], sex: v[5], pob: v[6], phone: v[7])
            input.warnings += warnings(r, line: row.line)
            input.records.append(r)
            input.lines.append(row.line)
        }
        if input.records.isEmpty && input.rejects.isEmpty { throw .noRows(line: lastLine) }
        return input
    }

    /// Values that will not take part in the comparison, reported so that the person running
    /// the linkage can correct the source.
    static func warnings(_ r: PersonRecord, line: Int) -> [FieldWarning] {
        var out: [FieldWarning] = []
        func warn(_ field: String, _ reason: String) {
            out.append(FieldWarning(line: line, recordID: r.recordID, field: field, reason: reason))
        }
        if !r.dob.isEmpty, BirthDate.parse(r.dob) == nil { warn("dob", "'\(r.dob)' is not a date (YYYY-MM-DD, DD-MM-YYYY or YYYY)") }
        if !r.nik.isEmpty, NIKReading(digitsOnly: r.nik).isEmpty { warn("nik", "'\(r.nik)' is not a NIK (16 digits)") }
        if !r.phone.isEmpty, FieldNormalizer.phone(r.phone) == nil { warn("phone", "'\(r.phone)' is not a phone number") }
        if !r.sex.isEmpty, FieldNormalizer.sex(r.sex) == nil { warn("sex", "'\(r.sex)' is not a known sex code") }
        return out
    }

    /// Trims spaces and tabs without Foundation's character-set machinery (a million rows).
    static func trim(_ s: String) -> String {
        guard let f = s.utf8.first, let l = s.utf8.last, f == 32 || f == 9 || l == 32 || l == 9 else { return s }
        return String(s.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
