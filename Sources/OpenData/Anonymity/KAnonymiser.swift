/// Makes a set of victim records k-anonymous over the seven quasi-identifiers: generalises first,
/// suppresses only what generalising cannot save.
///
/// Full-domain generalisation (Samarati 2001): one rung per field for the whole file, so that
/// every released row of a class looks the same and a class is exactly the set of rows an
/// outsider's query can single out. The search walks the lattice from the data as recorded
/// upwards and stops at the lowest height where some generalisation keeps all but at most
/// `maxSuppressedShare` of the records; at that height it takes the one that keeps the most.
/// CTDC's k = 11 dropped about 40% of its records; generalising first is how Simpul keeps more.
public struct KAnonymiser: Sendable {
    /// The least k the rule accepts; below it a class of a few is too easily a family.
    public static let minimumK = 5
    public static let defaultK = 11

    public let k: Int
    /// The share of records the release may suppress rather than generalise further.
    public let maxSuppressedShare: Double

    public init(k: Int = defaultK, maxSuppressedShare: Double = 0.05) throws(OpenDataError) {
        guard k >= Self.minimumK else { throw .kTooLow(k, minimum: Self.minimumK) }
        self.k = k
        self.maxSuppressedShare = min(max(maxSuppressedShare, 0), 1)
    }

    /// The k-anonymous rows of `records`, with what was generalised and suppressed.
    public func anonymise(_ records: [VictimRecord]) -> KAnonymousTable {
        let allowed = Int(Double(records.count) * maxSuppressedShare)
        // Heights are visited in order; a node beating every earlier one is kept. Once the best
        // so far meets the suppression allowance, no higher node is looked at: every node below
        // it kept fewer, or the search would have stopped there.
        var best: (node: Generalisation, kept: Int)?
        for (node, kept) in keptCounts(records) {
            if let b = best, node.height > b.node.height, records.count - b.kept <= allowed { break }
            if kept > best?.kept ?? -1 { best = (node, kept) }
        }
        return table(records, at: best?.node ?? .none)
    }

    /// Every generalisation, lowest first, with how many records it keeps in classes of at
    /// least k; computed lazily, so a search that stops early pays only for what it visited.
    func keptCounts(_ records: [VictimRecord]) -> some Sequence<(Generalisation, Int)> {
        let counts = ClassCounts(records)
        var classes: [Generalisation: [UInt128: Int]] = [:]
        let k = self.k
        return Generalisation.lattice.lazy.map { node -> (Generalisation, Int) in
            let current: [UInt128: Int]
            if let field = QuasiIdentifier.allCases.first(where: { node.level(of: $0) > 0 }) {
                var levels = node.levels
                levels[field.rawValue] -= 1
                let parent = Generalisation(levels: levels)
                current = counts.rollUp(classes[parent]!, field: field, toLevel: node.level(of: field))
                // Only the height below is ever a parent: older heights can go.
                classes = classes.filter { $0.key.height >= node.height - 1 }
            } else {
                current = counts.recorded
            }
            classes[node] = current
            return (node, current.values.reduce(0) { $1 >= k ? $0 + $1 : $0 })
        }
    }

    /// The released table: rows of classes of at least k, in the order of the input.
    func table(_ records: [VictimRecord], at node: Generalisation) -> KAnonymousTable {
        let keys = records.map { Self.key($0, at: node) }
        var sizes: [[String]: Int] = [:]
        for key in keys { sizes[key, default: 0] += 1 }
        let rows = keys.filter { sizes[$0]! >= k }
        return KAnonymousTable(k: k, generalisation: node, rows: rows, suppressed: records.count - rows.count)
    }

    static func key(_ record: VictimRecord, at node: Generalisation) -> [String] {
        QuasiIdentifier.allCases.map { $0.value(of: record, at: node.level(of: $0)) }
    }
}

/// A k-anonymous set of rows: each row the generalised quasi-identifiers of one victim, in
/// `QuasiIdentifier.allCases` order.
public struct KAnonymousTable: Sendable, Hashable {
    public let k: Int
    public let generalisation: Generalisation
    public let rows: [[String]]
    /// Records left out because even the chosen generalisation left them in a class under k.
    public let suppressed: Int

    /// The size of the smallest class released (0 when nothing is).
    public var smallestClass: Int {
        var sizes: [[String]: Int] = [:]
        for row in rows { sizes[row, default: 0] += 1 }
        return sizes.values.min() ?? 0
    }
}
