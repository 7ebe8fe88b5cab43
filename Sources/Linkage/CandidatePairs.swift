/// Builds the list of record pairs to compare from the blocking keys.
extension Blocking {
    /// Each entry packs a key kind (4 bits), 36 bits of the key's hash and a record index
    /// (24 bits), so that one sort of plain integers groups records by key.
    static let indexBits: UInt64 = 24
    static let maxRecords = 1 << 24

    func entries(_ persons: [PreparedPerson], _ ctx: ComparisonContext) -> [UInt64] {
        let perChunk = parallelChunks(persons.count, chunks: 16) { range in
            var out: [UInt64] = []
            out.reserveCapacity(range.count * 12)
            for i in range {
                for (kind, h) in Self.keys(persons[i], ctx) {
                    out.append(kind.rawValue << 60 | (h >> 28) << Self.indexBits | UInt64(i))
                }
            }
            return out
        }
        return perChunk.flatMap { $0 }
    }

    /// Distinct pairs (i < j, packed as i << 32 | j) of records that share a key whose block
    /// is within its cap, sorted.
    func candidatePairs(_ persons: [PreparedPerson], _ ctx: ComparisonContext) -> [UInt64] {
        var entries = entries(persons, ctx)
        parallelSort(&entries)
        let indexMask: UInt64 = (1 << Self.indexBits) - 1
        // Split at block boundaries so that halves can be scanned in parallel.
        var bounds = [0]
        let parts = 8
        for p in 1..<parts {
            var k = entries.count * p / parts
            while k > 0, k < entries.count, entries[k] >> Self.indexBits == entries[k - 1] >> Self.indexBits { k += 1 }
            bounds.append(max(bounds.last!, min(k, entries.count)))
        }
        bounds.append(entries.count)
        let pieces = parallelMap(parts, chunk: 1) { p -> [UInt64] in
            var out: [UInt64] = []
            var start = bounds[p]
            let end = bounds[p + 1]
            while start < end {
                let key = entries[start] >> Self.indexBits
                var stop = start + 1
                while stop < end, entries[stop] >> Self.indexBits == key { stop += 1 }
                let size = stop - start
                let kind = Kind(rawValue: key >> 36) ?? .tokensOnly
                if size >= 2, size <= cap(kind) {
                    for x in start..<stop {
                        for y in (x + 1)..<stop {
                            let i = entries[x] & indexMask, j = entries[y] & indexMask
                            if i != j { out.append(min(i, j) << 32 | max(i, j)) }
                        }
                    }
                }
                start = stop
            }
            return out
        }
        var pairs = pieces.flatMap { $0 }
        parallelSort(&pairs)
        var w = 0
        for r in pairs.indices where r == 0 || pairs[r] != pairs[r - 1] { pairs[w] = pairs[r]; w += 1 }
        pairs.removeLast(pairs.count - w)
        return pairs
    }
}

/// Sorts on two cores: halves sorted in parallel, then merged.
func parallelSort(_ a: inout [UInt64]) {
    guard a.count > 100_000 else { a.sort(); return }
    let mid = a.count / 2
    let source = a
    let halves = parallelMap(2, chunk: 1) { h in (h == 0 ? source[..<mid] : source[mid...]).sorted() }
    var i = 0, j = 0, k = 0
    let l = halves[0], r = halves[1]
    while i < l.count && j < r.count {
        if l[i] <= r[j] { a[k] = l[i]; i += 1 } else { a[k] = r[j]; j += 1 }
        k += 1
    }
    while i < l.count { a[k] = l[i]; i += 1; k += 1 }
    while j < r.count { a[k] = r[j]; j += 1; k += 1 }
}
