import Cases

extension NoisyTable {
    /// A table asked for outside a release (an API answer, a page's breakdown): its cost is
    /// written in the ledger first, and the answer is refused once the budget is spent. This is
    /// what stops anyone from asking the same question again and again to average the noise away.
    public static func answer<R: RandomBitSource>(_ spec: TableSpec, records: [VictimRecord], years: ClosedRange<Int>,
                                                  delta: Fraction, ledger: inout PrivacyLedger, spentBy: String, on day: CalendarDate,
                                                  using source: inout R) throws(OpenDataError) -> NoisyTable {
        let cost = try spec.mechanism.cost(delta: delta)
        try ledger.spend([PrivacyLedger.Entry(spentBy: spentBy, table: spec.name, cost: cost, on: day)])
        return try make(spec, records: records, years: years, using: &source)
    }
}
