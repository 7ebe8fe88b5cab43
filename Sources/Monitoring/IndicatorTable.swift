/// An indicator's true figures: one row per breakdown value, and the total. Only
/// `DisclosureRule.apply` turns it into something shown.
public struct IndicatorTable: Sendable {
    public var columns: [IndicatorColumn]
    public var rows: [IndicatorRow]
    public var total: IndicatorRow?
    /// Records the counting left out, and why ("case without an opening date": 3).
    public var leftOut: [LeftOut]
    /// What a reader must know to read the figures (a population year stood in for another).
    public var notes: [(id: String, en: String)]

    public init(columns: [IndicatorColumn], rows: [IndicatorRow], total: IndicatorRow?, leftOut: [LeftOut] = [],
                notes: [(id: String, en: String)] = []) {
        self.columns = columns
        self.rows = rows
        self.total = total
        self.leftOut = leftOut
        self.notes = notes
    }

    /// True when nothing in the period was counted: the page says "no data", not 0.
    public var isEmpty: Bool {
        (total.map { [$0] } ?? rows).allSatisfy { row in row.cells.allSatisfy { $0.basis == 0 } }
    }
}

public struct LeftOut: Sendable, Hashable {
    public let count: Int
    public let reason: (id: String, en: String)

    public init(count: Int, reason: (id: String, en: String)) {
        self.count = count
        self.reason = reason
    }

    public static func == (a: LeftOut, b: LeftOut) -> Bool { a.count == b.count && a.reason.en == b.reason.en }
    public func hash(into h: inout Hasher) { h.combine(count); h.combine(reason.en) }
}

public struct IndicatorColumn: Sendable {
    public enum Kind: String, Sendable {
        case count, percent, median, rupiah, rate, ratio, reference

        /// Cells that add up across rows to the total, so one hidden cell can be recovered by
        /// subtraction unless another is hidden with it.
        var isAdditive: Bool { self == .count || self == .percent || self == .rupiah || self == .rate }
    }

    public let id: String
    public let label: (id: String, en: String)
    public let kind: Kind

    public init(_ id: String, _ labelID: String, _ labelEN: String, _ kind: Kind) {
        self.id = id
        self.label = (labelID, labelEN)
        self.kind = kind
    }
}

public struct IndicatorRow: Sendable {
    public let key: String
    public let label: (id: String, en: String)
    public var cells: [IndicatorCell]

    public init(key: String, label: (id: String, en: String), cells: [IndicatorCell]) {
        self.key = key
        self.label = label
        self.cells = cells
    }
}

/// A true value and the number of records it rests on (its basis), which the disclosure rule
/// tests against k.
public enum IndicatorCell: Sendable, Hashable {
    case count(Int)
    case percent(numerator: Int, denominator: Int)
    case median(Double?, n: Int)
    case rupiah(Int64, n: Int)
    /// Per 100,000 residents; `population` nil where no population figure exists.
    case rate(numerator: Int, population: Int?)
    /// A quotient that is not a share, e.g. open cases per staff member; rests on `numerator`.
    case ratio(numerator: Int, denominator: Int)
    /// A figure from outside the registry (a population), shown as it is published.
    case reference(Int?)
    case notApplicable

    public var basis: Int {
        switch self {
        case .count(let n), .rate(let n, _), .ratio(let n, _): return n
        case .reference: return 0
        case .percent(let n, let d): return max(n, d)
        case .median(_, let n), .rupiah(_, let n): return n
        case .notApplicable: return 0
        }
    }
}

/// A table after the disclosure rule: what any output may show.
public struct ProtectedTable: Sendable {
    public let columns: [IndicatorColumn]
    public let rows: [ProtectedRow]
    public let total: ProtectedRow?
    public let rule: DisclosureRule

    public var allRows: [ProtectedRow] { rows + (total.map { [$0] } ?? []) }

    /// At most `n` rows, the largest on `column` first when there are more; the total stays.
    public func top(_ n: Int, by column: Int) -> ProtectedTable {
        guard rows.count > n else { return self }
        let kept = rows.enumerated().sorted { ($0.element.cells[column].number ?? -1, -$0.offset) > ($1.element.cells[column].number ?? -1, -$1.offset) }
            .prefix(n).sorted { $0.offset < $1.offset }.map(\.element)
        return ProtectedTable(columns: columns, rows: kept, total: total, rule: rule)
    }

    /// The rows that show anything but zeros and blanks (the dashboard's short form).
    public func withoutEmptyRows() -> ProtectedTable {
        ProtectedTable(columns: columns, rows: rows.filter { r in r.cells.contains { v in v != .noData && v != .notApplicable && v.number != 0 } },
                       total: total, rule: rule)
    }
}

public struct ProtectedRow: Sendable {
    public let key: String
    public let label: (id: String, en: String)
    public let cells: [ShownValue]
}

public enum ShownValue: Sendable, Hashable {
    case number(Double, decimals: Int)
    /// Hidden by the disclosure rule.
    case suppressed
    /// Nothing to count (a median of no records, a rate without a population figure).
    case noData
    case notApplicable

    public var number: Double? {
        if case .number(let x, _) = self { return x }
        return nil
    }
}
