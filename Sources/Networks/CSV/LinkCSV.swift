import Foundation

/// Reads the input of `simpul network --input links.csv`: a UTF-8 CSV whose header names
/// `source` and `target`, and optionally `kind` (`LinkKind.names`), `weight` (a number > 0,
/// 1 when empty), `date` (`YYYY-MM-DD`) and `case` (the id of the case node the link was
/// recorded in, which becomes a node of kind `.case`), in any order; other columns are ignored. Node ids are taken as written (trimmed); an id of the
/// form `kind:value` ("phone:+62…", "case:…") gives the node its kind.
///
/// A file that cannot be read as a whole throws `LinkCSVError`; a row that cannot be used is
/// listed in `rejects` with its line and reason, and every other row is loaded.
public enum LinkCSV {
    public static let columns = ["source", "target", "kind", "weight", "date", "case"]

    public struct Input: Sendable {
        public let network: Network
        public let rejects: [RejectedLink]
        /// Rows loaded.
        public let linkRows: Int
    }

    /// Reads a file; `progress` is told the share of bytes read, about every 1%.
    public static func read(contentsOf url: URL, progress: (Double) -> Void = { _ in }) throws(LinkCSVError) -> Input {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: url.path, reason: error.localizedDescription) }
        return try parse(Array(data), progress: progress)
    }

    public static func parse(_ text: String) throws(LinkCSVError) -> Input { try parse(Array(text.utf8)) }

    public static func parse(_ bytes: [UInt8], progress: (Double) -> Void = { _ in }) throws(LinkCSVError) -> Input {
        var rows = CSVRows(bytes)
        let (column, fieldCount) = try rows.header(columns, required: ["source", "target"], as: LinkCSVError.self)

        var builder = NetworkBuilder()
        var rejects: [RejectedLink] = []
        var loaded = 0
        let step = max(1, bytes.count / 100)
        var nextReport = step
        while let row = try rows.next(as: LinkCSVError.self) {
            if rows.position >= nextReport {
                progress(Double(rows.position) / Double(max(1, bytes.count)))
                nextReport = rows.position + step
            }
            guard row.fields.count == fieldCount else {
                rejects.append(RejectedLink(line: row.line, reason: .fieldCount(row.fields.count, expected: fieldCount)))
                continue
            }
            switch link(row.fields, column) {
            case .failure(let reason): rejects.append(RejectedLink(line: row.line, reason: reason))
            case .success(let l):
                builder.link(l.source, l.target, kind: l.kind, day: l.day, inCase: l.caseID, weight: l.weight)
                loaded += 1
            }
        }
        guard loaded + rejects.count > 0 else { throw .noRows }
        progress(1)
        return Input(network: builder.build(), rejects: rejects, linkRows: loaded)
    }

    private struct Row { var source, target: String; var kind: LinkKind; var weight: Float; var day: Day?; var caseID: String? }

    private static func link(_ f: [String], _ column: [Int?]) -> Result<Row, RejectedLink.Reason> {
        let v = column.map { i in i.map { f[$0].trimmingSpaces() } ?? "" }
        let source = v[0], target = v[1]
        guard !source.isEmpty else { return .failure(.missingSource) }
        guard !target.isEmpty else { return .failure(.missingTarget) }
        guard source != target else { return .failure(.selfLink(source)) }
        guard let kind = LinkKind(name: v[2]) else { return .failure(.unknownKind(v[2])) }
        var weight: Float = 1
        if !v[3].isEmpty {
            guard let w = Float(v[3]), w.isFinite, w > 0 else { return .failure(.badWeight(v[3])) }
            weight = w
        }
        var day: Day?
        if !v[4].isEmpty {
            guard let d = Day(iso: v[4]) else { return .failure(.badDate(v[4])) }
            day = d
        }
        return .success(Row(source: source, target: target, kind: kind, weight: weight, day: day, caseID: v[5].isEmpty ? nil : v[5]))
    }
}
