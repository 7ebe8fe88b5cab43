/// What one change did to the counting index: the records it took away and those it added,
/// by year. A tally of the index before the change, less the first and plus the second, is the
/// tally of the index after it — so kept tallies follow a change at the cost of the change.
public struct IndexDelta: Sendable {
    /// The index the change was made to, and the versions before and after it.
    public let lineage: UInt64
    public let from: UInt64
    public let to: UInt64
    var removed: [Int: YearPartition] = [:]
    var added: [Int: YearPartition] = [:]

    init(lineage: UInt64, from: UInt64, to: UInt64) {
        self.lineage = lineage
        self.from = from
        self.to = to
    }

    /// The case records it took away and added: what keeping it costs, roughly.
    var caseRecords: Int {
        removed.values.reduce(0) { $0 + $1.cases.endIndex } + added.values.reduce(0) { $0 + $1.cases.endIndex }
    }
}
