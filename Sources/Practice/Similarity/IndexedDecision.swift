/// What comparing a case with a decision needs, worked out once when the set is indexed, so that
/// a comparison against thousands of decisions never parses a citation.
struct IndexedDecision: Sendable {
    let features: FactFeatures
    let convicted: Bool
    let sentenceMonths: Int?
    /// The citations convicted under, without parts ("UU 21/2007 Pasal 2"), as numbers in the index's table.
    let convictedUnder: [Int32]
    /// Every article those citations name, as numbers in the same table, for comparison with the statute.
    let articles: [Int32]
    /// The conviction against the statute.
    let reading: VerdictReading
}

/// Citation strings as small numbers, so that decisions compare and count articles as integers.
struct CitationTable: Sendable {
    private(set) var names: [String] = []
    private var numbers: [String: Int32] = [:]

    mutating func number(_ name: String) -> Int32 {
        if let n = numbers[name] { return n }
        let n = Int32(names.count)
        names.append(name)
        numbers[name] = n
        return n
    }

    func existing(_ name: String) -> Int32? { numbers[name] }
}
