/// A year's records of one kind, held as chunks of at most `RecordChunks.chunkSize`. An index
/// after a change shares every chunk the change did not touch with the index before it, so a
/// change costs the chunks it touches, not a copy of the year (a million-case registry has a
/// few hundred thousand records a year), and only the last chunk holds room to grow.
struct RecordChunks<Record: Sendable>: RandomAccessCollection, Sendable {
    typealias Indices = Range<Int>

    /// Small in debug builds, so the tests' registries of a few thousand cases span many chunks
    /// and every change meets chunk boundaries.
    #if DEBUG
    static var chunkSize: Int { 64 }
    #else
    static var chunkSize: Int { 4_096 }
    #endif

    private var chunks: [[Record]] = []
    /// Where each chunk starts among all the records.
    private var starts: [Int] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    init() {}

    /// These records; an array that fits in one chunk becomes that chunk as it is.
    init(_ records: [Record]) {
        guard records.count <= Self.chunkSize else { append(contentsOf: records); return }
        if !records.isEmpty { (chunks, starts, endIndex) = ([records], [0], records.count) }
    }

    /// The record at `i`: found by its chunk, for the few records read by position.
    subscript(i: Int) -> Record {
        precondition(i >= 0 && i < endIndex, "record position out of range")
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return chunks[lo][i - starts[lo]]
    }

    mutating func append(_ record: Record) {
        if chunks.last.map({ $0.count >= Self.chunkSize }) ?? true {
            starts.append(endIndex)
            chunks.append([])
        }
        chunks[chunks.count - 1].append(record)
        endIndex += 1
    }

    mutating func append<S: Sequence>(contentsOf records: S) where S.Element == Record {
        for r in records { append(r) }
    }

    static func += <S: Sequence>(lhs: inout RecordChunks, rhs: S) where S.Element == Record { lhs.append(contentsOf: rhs) }

    /// Takes out the records `leaves` marks, in order, into `out`; chunks holding none of
    /// them are left as they are (and shared).
    mutating func remove(where leaves: (Record) -> Bool, into out: inout RecordChunks) {
        var kept: [[Record]] = [], keptStarts: [Int] = []
        var total = 0
        for chunk in chunks {
            var next = chunk
            if chunk.contains(where: leaves) {
                next = []
                next.reserveCapacity(chunk.count)
                for r in chunk { if leaves(r) { out.append(r) } else { next.append(r) } }
            }
            guard !next.isEmpty else { continue }
            // A chunk worn small by changes joins the one before it while both fit in one.
            if next.count < Self.chunkSize / 4, let last = kept.last, last.count + next.count <= Self.chunkSize {
                kept[kept.count - 1] = last + next
                total += next.count
                continue
            }
            keptStarts.append(total)
            total += next.count
            kept.append(next)
        }
        (chunks, starts, endIndex) = (kept, keptStarts, total)
    }

    func makeIterator() -> Iterator { Iterator(chunks: chunks) }

    /// Walks the chunks in turn, without finding each position's chunk.
    struct Iterator: IteratorProtocol {
        let chunks: [[Record]]
        var chunk = 0, at = 0

        mutating func next() -> Record? {
            while chunk < chunks.count {
                if at < chunks[chunk].count {
                    defer { at += 1 }
                    return chunks[chunk][at]
                }
                chunk += 1
                at = 0
            }
            return nil
        }
    }
}
