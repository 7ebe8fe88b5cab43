/// Interns the values that records share (name-token keys, whole names, phones, places, birth
/// dates) as small integers and counts how many records hold each one. The counts give the
/// term frequencies that make a shared rare name count for more than a shared common one.
struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    /// Spelling key of each id, as bytes (for Jaro–Winkler).
    private(set) var keys: [[UInt8]] = []
    /// How many records hold each id.
    private(set) var counts: [Int32] = []

    mutating func intern(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(keys.count)
        ids[s] = id
        keys.append(Array(s.utf8))
        counts.append(0)
        return id
    }

    /// Looks a value up without adding it (the online index must not grow its vocabulary
    /// for a query).
    func lookup(_ s: String) -> Int32? { ids[s] }

    /// Birth dates are interned by their packed value; the key text is never needed.
    private var packedIDs: [UInt32: Int32] = [:]
    mutating func intern(_ packed: UInt32) -> Int32 {
        if let id = packedIDs[packed] { return id }
        let id = Int32(counts.count)
        packedIDs[packed] = id
        keys.append([])
        counts.append(0)
        return id
    }
    func lookup(_ packed: UInt32) -> Int32? { packedIDs[packed] }

    mutating func count(_ id: Int32) { counts[Int(id)] += 1 }
    /// Sets a count measured elsewhere (the store's counts over all its persons).
    mutating func setCount(_ id: Int32, _ n: Int32) { counts[Int(id)] = n }

    func text(_ id: Int32) -> String { String(decoding: keys[Int(id)], as: UTF8.self) }
    var size: Int { keys.count }
}

/// Term frequencies for one kind of value: the share of records that hold a given value.
struct TermFrequency: Sendable {
    var vocabulary = Vocabulary()
    var records = 0

    /// The chance that another record, drawn at random, holds the value `id` that one record
    /// of a pair holds: (count − 1) / records, leaving that record out, and never below one
    /// record's worth, so that a value seen twice is rare but not infinitely informative.
    func share(_ id: Int32) -> Double {
        guard id >= 0, records > 0, Int(id) < vocabulary.size else { return 1.0 / Double(max(records, 1)) }
        return Double(max(vocabulary.counts[Int(id)] - 1, 1)) / Double(records)
    }
}
