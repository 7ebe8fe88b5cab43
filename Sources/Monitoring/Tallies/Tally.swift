/// The records a tally counts: the period's year, every year (for what is not bound to the
/// period, such as open cases), the selection, the day, and whether they are added (+1) or
/// taken away (−1).
struct TallyInput {
    let year: YearPartition
    let years: [Int: YearPartition]
    let selection: Selection
    let asOf: Int32
    let sign: Int

    /// Every record of the index that the scope's year and filter reach.
    static func whole(_ scope: Scope) -> TallyInput {
        TallyInput(year: scope.year, years: scope.calculator.index.years, selection: scope.selection, asOf: scope.asOf, sign: 1)
    }

    /// One side of a change: the records it took away (sign −1) or added (+1).
    static func change(_ side: [Int: YearPartition], year: Int, selection: Selection, asOf: Int32, sign: Int) -> TallyInput {
        TallyInput(year: side[year] ?? YearPartition(), years: side, selection: selection, asOf: asOf, sign: sign)
    }
}

/// An indicator's sums over the records a filter keeps, and the table made from them. A tally
/// is counted once from the index; after that it follows each change by the change's
/// difference (`IndicatorViews`), so the year is not scanned again for every request. What is
/// not a sum over records — people who are linked across records — is put right when the table
/// is made, from the few linked records.
protocol Tally: Sendable {
    mutating func count(_ input: TallyInput)
    func table(_ scope: Scope) -> IndicatorTable
    /// Whether the tally reads the day (`asOf`), so that a kept one is counted again on a new day.
    var readsDay: Bool { get }
    /// Whether a change's difference keeps the tally true; false for what is read whole on
    /// each refresh (the anonymous reports), which is then counted for each request.
    var followsChanges: Bool { get }
}

extension Tally {
    var readsDay: Bool { false }
    var followsChanges: Bool { true }

    /// This tally counted over the whole scope.
    func counted(_ scope: Scope) -> Self {
        var out = self
        out.count(.whole(scope))
        return out
    }
}
