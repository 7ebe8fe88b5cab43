/// Views into a run that help tune it and answer "why were these two never linked?".
extension Linker {
    /// The record pairs blocking proposes for comparison, as index pairs into `records`.
    /// A true pair missing here can never be linked, whatever the model says.
    public func candidatePairs(_ records: [PersonRecord]) -> [(Int, Int)] {
        let (persons, context) = LinkageEngine.prepare(records, referenceYear: configuration.referenceYear)
        return Blocking().candidatePairs(persons, context).map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }
}
