/// One rule for every figure that leaves Simpul, whatever the output (page, CSV, XLSX, API).
///
/// Inside an agency, its own records are counted exactly: it holds them anyway. Any figure
/// that spans agencies, or that an analyst sees, is protected: a cell resting on fewer than `k`
/// records (and more than none) is suppressed; where a breakdown would give one suppressed cell
/// away through its total, the next smallest cell in that column is suppressed too
/// (complementary suppression); and counts are rounded to 5, never to a value under `k`, so no
/// figure between 1 and k−1 is ever shown.
public struct DisclosureRule: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable { case exact, protected }

    public static let defaultThreshold = 11
    /// The least the administrator may set: below it, small cells identify people too easily.
    public static let minimumThreshold = 5
    public static let roundingBase = 5

    public let mode: Mode
    public let k: Int

    public static func exact() -> DisclosureRule { DisclosureRule(mode: .exact, k: defaultThreshold) }

    public static func protected(k: Int = defaultThreshold) throws(MonitoringError) -> DisclosureRule {
        guard k >= minimumThreshold else { throw .thresholdTooLow(k) }
        return DisclosureRule(mode: .protected, k: k)
    }

    private init(mode: Mode, k: Int) {
        self.mode = mode
        self.k = k
    }

    /// A count as shown: nearest multiple of 5, but not below the first multiple of 5 at or
    /// above k (so 11 and 12 show as 15 when k = 11, never as 10).
    public func rounded(_ n: Int) -> Int {
        guard mode == .protected, n > 0 else { return n }
        let base = Self.roundingBase
        let nearest = (n + base / 2) / base * base
        let floor = (k + base - 1) / base * base
        return max(nearest, floor)
    }

    func isSmall(_ n: Int) -> Bool { mode == .protected && n > 0 && n < k }

    /// Applies the rule to a table of true values.
    public func apply(_ table: IndicatorTable) -> ProtectedTable {
        let rows = table.rows
        var suppressed = rows.map { row in row.cells.map(primarySuppression) }
        let totalSuppressed = table.total.map { $0.cells.map(primarySuppression) }
        if mode == .protected {
            for c in table.columns.indices where table.columns[c].kind.isAdditive {
                // A total shown beside exactly one hidden cell gives that cell away.
                let hidden = suppressed.indices.filter { suppressed[$0][c] }
                guard hidden.count == 1, totalSuppressed?[c] == false else { continue }
                let partner = rows.indices
                    .filter { !suppressed[$0][c] && rows[$0].cells[c].basis > 0 }
                    .min { rows[$0].cells[c].basis < rows[$1].cells[c].basis }
                if let partner { suppressed[partner][c] = true }
            }
        }
        func shown(_ row: IndicatorRow, _ hidden: [Bool]) -> ProtectedRow {
            ProtectedRow(key: row.key, label: row.label,
                         cells: row.cells.indices.map { hidden[$0] ? .suppressed : show(row.cells[$0]) })
        }
        return ProtectedTable(columns: table.columns,
                              rows: rows.indices.map { shown(rows[$0], suppressed[$0]) },
                              total: table.total.map { shown($0, totalSuppressed!) },
                              rule: self)
    }

    private func primarySuppression(_ cell: IndicatorCell) -> Bool {
        switch cell {
        case .count(let n): return isSmall(n)
        case .percent(let n, let d): return isSmall(n) || isSmall(d)
        case .median(_, let n), .rupiah(_, let n): return isSmall(n)
        case .rate(let n, _), .ratio(let n, _): return isSmall(n)
        case .reference, .notApplicable: return false
        }
    }

    private func show(_ cell: IndicatorCell) -> ShownValue {
        let exact = mode == .exact
        switch cell {
        case .count(let n): return .number(Double(rounded(n)), decimals: 0)
        case .percent(let n, let d):
            guard d > 0 else { return .noData }
            return .number(rounded(100 * Double(n) / Double(d), exact ? 1 : 0), decimals: exact ? 1 : 0)
        case .median(let days, let n):
            guard n > 0, let days else { return .noData }
            return .number(rounded(days, exact ? 1 : 0), decimals: exact ? 1 : 0)
        case .rupiah(let amount, let n):
            guard n > 0 else { return .noData }
            let million: Int64 = 1_000_000
            return .number(Double(exact ? amount : (amount + million / 2) / million * million), decimals: 0)
        case .rate(let n, let population):
            guard let population, population > 0 else { return .noData }
            return .number(rounded(Double(n) * 100_000 / Double(population), exact ? 2 : 1), decimals: exact ? 2 : 1)
        case .ratio(let n, let d):
            guard d > 0 else { return .noData }
            return .number(rounded(Double(n) / Double(d), 1), decimals: 1)
        case .reference(let n):
            guard let n else { return .noData }
            return .number(Double(n), decimals: 0)
        case .notApplicable: return .notApplicable
        }
    }

    private func rounded(_ x: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}
