import Foundation

/// Reads bulk evidence for one case: call-detail records (who called whom, when) or bank and
/// e-wallet statements (which account paid which, when, how much). A UTF-8 CSV whose header names
/// `from`, `to` and `time`, and for statements optionally `amount` (rupiah), in any order; other
/// columns are ignored. Both ends are identifiers of one kind (`kind`), normalised as typed into
/// a case file would be.
///
/// A file that cannot be read as a whole throws `EvidenceCSVError`; a row that cannot be used is
/// listed in `rejects` with its line and reason, and every other row is kept.
public enum EvidenceCSV {
    public static let columns = ["from", "to", "time", "amount"]
    /// Rows beyond this are refused as a whole file: split it.
    public static let maximumRows = 200_000

    /// One usable row: two normalised ends, as typed and as keys, the day and the amount.
    public struct Row: Sendable, Hashable {
        public let line: Int
        public let from: Identifier
        public let to: Identifier
        public let day: Day
        public let amount: Int64?
    }

    public struct Input: Sendable {
        public let rows: [Row]
        public let rejects: [RejectedEvidence]
    }

    /// Parses `bytes` as evidence of identifiers of `kind`; `progress` hears the share read.
    public static func parse(_ bytes: [UInt8], kind: IdentifierKind, progress: (Double) -> Void = { _ in }) throws(EvidenceCSVError) -> Input {
        var csv = CSVRows(bytes)
        let (column, fieldCount) = try csv.header(columns, required: ["from", "to", "time"], as: EvidenceCSVError.self)
        var rows: [Row] = []
        var rejects: [RejectedEvidence] = []
        while let row = try csv.next(as: EvidenceCSVError.self) {
            guard rows.count + rejects.count < maximumRows else { throw .tooManyRows(limit: maximumRows) }
            if rows.count % 1_000 == 0 { progress(Double(csv.position) / Double(max(1, bytes.count))) }
            guard row.fields.count == fieldCount else {
                rejects.append(RejectedEvidence(line: row.line, reason: .fieldCount(row.fields.count, expected: fieldCount)))
                continue
            }
            let v = column.map { i in i.map { row.fields[$0].trimmingSpaces() } ?? "" }
            switch read(v, kind: kind, line: row.line) {
            case .success(let r): rows.append(r)
            case .failure(let reason): rejects.append(RejectedEvidence(line: row.line, reason: reason))
            }
        }
        guard !rows.isEmpty || !rejects.isEmpty else { throw .noRows }
        progress(1)
        return Input(rows: rows, rejects: rejects)
    }

    private static func read(_ v: [String], kind: IdentifierKind, line: Int) -> Result<Row, RejectedEvidence.Reason> {
        guard !v[0].isEmpty else { return .failure(.missing("from")) }
        guard !v[1].isEmpty else { return .failure(.missing("to")) }
        guard !v[2].isEmpty else { return .failure(.missing("time")) }
        let from = Identifier.normalise(kind: kind, raw: v[0]), to = Identifier.normalise(kind: kind, raw: v[1])
        if let p = from.problem { return .failure(.malformed(column: "from", value: v[0], p)) }
        if let p = to.problem { return .failure(.malformed(column: "to", value: v[1], p)) }
        guard from.key != to.key else { return .failure(.sameEnds(v[0])) }
        guard let day = Self.day(v[2]) else { return .failure(.badTime(v[2])) }
        var amount: Int64?
        if !v[3].isEmpty {
            guard let a = Self.rupiah(v[3]) else { return .failure(.badAmount(v[3])) }
            amount = a
        }
        return .success(Row(line: line, from: from, to: to, day: day, amount: amount))
    }

    /// The day of a time written `YYYY-MM-DD`, with a time after it (`2026-03-02 14:05`,
    /// `2026-03-02T14:05:00+07:00`) or without, or `DD/MM/YYYY` as Indonesian statements print it.
    static func day(_ text: String) -> Day? {
        if let d = Day(iso: text.prefix(10)), text.count == 10 || [" ", "T"].contains(text.dropFirst(10).first) { return d }
        let parts = text.prefix(while: { $0 != " " }).split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Whole rupiah: "1500000", "1.500.000", "1,500,000" or "Rp 1.500.000", optionally ",00" or ".00".
    static func rupiah(_ text: String) -> Int64? {
        var t = text.replacingOccurrences(of: " ", with: "")
        if t.lowercased().hasPrefix("rp") { t.removeFirst(2) }
        for cents in [",00", ".00"] where t.hasSuffix(cents) && t.count > 3 { t.removeLast(3) }
        let groups = t.split(separator: t.contains(".") ? "." : ",", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : 18),
              groups.dropFirst().allSatisfy({ $0.count == 3 }), !(t.contains(".") && t.contains(",")) else { return nil }
        let digits = groups.joined()
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int64(digits)
    }
}
