/// A section's columns worked out once for the writers: where each field sits, and the order
/// JSON writes them in (sorted by name, as `JSONSerialization`'s sortedKeys did), so a row is an
/// array in column order rather than a dictionary sorted again for every row.
struct HTCDSRowLayout: Sendable {
    let columns: [String]
    /// Column positions in JSON's key order. For the case row, `columns.count` and
    /// `columns.count + 1` stand for the nested `persons` and `support` arrays, which sort among
    /// the case's own keys.
    let jsonOrder: [Int]
    /// `"name":` of each column, and of the nested arrays after them, ready to copy.
    let jsonKeys: [[UInt8]]

    init(_ columns: [String], nested: [String] = []) {
        self.columns = columns
        let names = columns + nested
        jsonOrder = names.indices.sorted { names[$0] < names[$1] }
        jsonKeys = names.map { name in
            var key: [UInt8] = []
            JSONLineWriter.string(name, into: &key)
            return key + [UInt8(ascii: ":")]
        }
    }

    /// Where `column` sits; a name not in the layout is a programming error.
    func position(_ column: String) -> Int {
        guard let i = columns.firstIndex(of: column) else { preconditionFailure("no HTCDS column \(column)") }
        return i
    }

    /// An empty row of this layout.
    func row() -> [HTCDSValue?] { Array(repeating: nil, count: columns.count) }

    static let cases = HTCDSRowLayout(HTCDSSection.cases.columns(identities: false),
                                      nested: [HTCDSSection.persons.jsonKey, HTCDSSection.support.jsonKey])
    static let persons = HTCDSRowLayout(HTCDSSection.persons.columns(identities: false))
    static let personsWithIdentities = HTCDSRowLayout(HTCDSSection.persons.columns(identities: true))
    static let support = HTCDSRowLayout(HTCDSSection.support.columns(identities: false))
}
