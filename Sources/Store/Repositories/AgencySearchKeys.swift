/// Rows of `person_search_agency_keys` (M028) made by a bulk load: each search key of a person
/// under every agency of the person's case. A 100k-case demo makes five million of them; held as
/// arrays of bound values they were most of the load's memory and their sort by strings most of
/// its final write. Here each text is kept once and a row is five numbers, sorted as numbers.
struct AgencySearchKeys: Sendable {
    struct Row: Sendable {
        let key: Int64
        // Positions in `texts`.
        let agency: Int32, openedOn: Int32, caseID: Int32, personID: Int32
    }

    private(set) var texts: [String] = []
    private var positions: [String: Int32] = [:]
    private(set) var rows: [Row] = []

    var isEmpty: Bool { rows.isEmpty }

    private mutating func position(_ text: String) -> Int32 {
        if let p = positions[text] { return p }
        let p = Int32(texts.count)
        texts.append(text)
        positions[text] = p
        return p
    }

    /// One person's search keys, under every agency of the person's case.
    mutating func add(keys: [Int64], personID: String, caseID: String, agencyIDs: [String], openedOn: String) {
        let person = position(personID), c = position(caseID), day = position(openedOn)
        let agencies = agencyIDs.map { position($0) }
        for key in keys {
            for agency in agencies { rows.append(Row(key: key, agency: agency, openedOn: day, caseID: c, personID: person)) }
        }
    }

    mutating func append(contentsOf other: AgencySearchKeys) {
        let moved = other.texts.map { position($0) }
        rows.reserveCapacity(rows.count + other.rows.count)
        for r in other.rows {
            rows.append(Row(key: r.key, agency: moved[Int(r.agency)], openedOn: moved[Int(r.openedOn)],
                            caseID: moved[Int(r.caseID)], personID: moved[Int(r.personID)]))
        }
    }

    /// The texts in binary order, and the rows with their texts' places in it: sorted, the rows
    /// are in the order of the table's key (key, agency, day, case, person).
    func sorted() -> (texts: [String], rows: [Row]) {
        let order = texts.indices.sorted { texts[$0] < texts[$1] }
        var rank = [Int32](repeating: 0, count: texts.count)
        for (r, i) in order.enumerated() { rank[i] = Int32(r) }
        let ranked = rows.map { Row(key: $0.key, agency: rank[Int($0.agency)], openedOn: rank[Int($0.openedOn)],
                                    caseID: rank[Int($0.caseID)], personID: rank[Int($0.personID)]) }
        return (order.map { texts[$0] }, ranked.sorted {
            ($0.key, $0.agency, $0.openedOn, $0.caseID, $0.personID) < ($1.key, $1.agency, $1.openedOn, $1.caseID, $1.personID)
        })
    }

    static let rowsPerStatement = 200

    /// Writes the rows in key order, so that the table's pages fill one after another, many rows
    /// a statement.
    func write(in tx: any SQLExecutor) async throws {
        guard !rows.isEmpty else { return }
        let (texts, sorted) = sorted()
        func insert(_ n: Int) -> String {
            "INSERT INTO person_search_agency_keys (search_key, agency_id, opened_on, case_id, person_id) VALUES "
                + Array(repeating: "(?, ?, ?, ?, ?)", count: n).joined(separator: ", ")
        }
        func binds(_ part: ArraySlice<Row>) -> [SQLValue] {
            var values: [SQLValue] = []
            values.reserveCapacity(part.count * 5)
            for r in part {
                values += [.int(r.key), .text(texts[Int(r.agency)]), .text(texts[Int(r.openedOn)]), .text(texts[Int(r.caseID)]),
                           .text(texts[Int(r.personID)])]
            }
            return values
        }
        let n = Self.rowsPerStatement
        let full = sorted.count / n * n
        // A few thousand statements' binds at a time, not all five million rows' at once.
        for start in stride(from: 0, to: full, by: n * 500) {
            try await tx.executeBatch(insert(n), stride(from: start, to: min(start + n * 500, full), by: n).map { binds(sorted[$0..<($0 + n)]) })
        }
        if full < sorted.count { try await tx.executeBatch(insert(sorted.count - full), [binds(sorted[full...])]) }
    }
}
