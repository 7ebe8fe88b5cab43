/// A year's records of one kind, held as chunks of at most `RecordChunks.chunkSize`. An index
/// after a change shares every chunk the change did not touch with the index before it, so a
/// change costs the chunks it touches, not a copy of the year (a million-case registry has a
/// few hundred thousand records a year), and only the last chunk holds room to grow.
/// Each chunk knows the lowest and highest case number among its records, so a change finds
/// the chunks holding its cases without reading the others. Cases are numbered as they are
/// filed and records appended in that order, so a chunk's span is narrow.
struct RecordChunks<Record: CaseBound>: RandomAccessCollection, Sendable {
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
    /// The case numbers each chunk's records lie between.
    private var spans: [CaseSpan] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    init() {}

    /// These records; an array that fits in one chunk becomes that chunk as it is.
    init(_ records: [Record]) {
        guard records.count <= Self.chunkSize else { append(contentsOf: records); return }
        if !records.isEmpty { (chunks, starts, spans, endIndex) = ([records], [0], [CaseSpan(records)], records.count) }
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
            spans.append(CaseSpan(record.caseNumber))
        }
        chunks[chunks.count - 1].append(record)
        spans[spans.count - 1].widen(to: record.caseNumber)
        endIndex += 1
    }

    mutating func append<S: Sequence>(contentsOf records: S) where S.Element == Record {
        for r in records { append(r) }
    }

    static func += <S: Sequence>(lhs: inout RecordChunks, rhs: S) where S.Element == Record { lhs.append(contentsOf: rhs) }

    /// Drops the records from position `n` on.
    mutating func truncate(to n: Int) {
        precondition(n >= 0, "record position out of range")
        guard n < endIndex else { return }
        while let start = starts.last, start >= n {
            chunks.removeLast()
            starts.removeLast()
            spans.removeLast()
        }
        if let start = starts.last {
            let last = chunks.count - 1
            chunks[last].removeSubrange((n - start)...)
            spans[last] = CaseSpan(chunks[last])
        }
        endIndex = n
    }

    /// Takes out the records of these cases, in order, into `out`; chunks holding none of them
    /// are left as they are (and shared), found by their spans without reading their records.
    /// Answers the positions the records taken out had, ascending.
    @discardableResult
    mutating func remove(cases numbers: CaseNumbers, into out: inout RecordChunks) -> [Int] {
        var kept: [[Record]] = [], keptStarts: [Int] = [], keptSpans: [CaseSpan] = []
        var total = 0
        var removed: [Int] = []
        for (c, (chunk, span)) in zip(chunks, spans).enumerated() {
            var next = chunk, nextSpan = span
            if numbers.any(in: span) {
                next = []
                next.reserveCapacity(chunk.count)
                for (j, r) in chunk.enumerated() {
                    if numbers.contains(r.caseNumber) {
                        out.append(r)
                        removed.append(starts[c] + j)
                    } else {
                        next.append(r)
                    }
                }
                nextSpan = CaseSpan(next)
            }
            guard !next.isEmpty else { continue }
            // A chunk worn small by changes joins the one before it while both fit in one.
            if next.count < Self.chunkSize / 4, let last = kept.last, last.count + next.count <= Self.chunkSize {
                kept[kept.count - 1] = last + next
                keptSpans[keptSpans.count - 1].widen(to: nextSpan)
                total += next.count
                continue
            }
            keptStarts.append(total)
            keptSpans.append(nextSpan)
            total += next.count
            kept.append(next)
        }
        (chunks, starts, spans, endIndex) = (kept, keptStarts, keptSpans, total)
        return removed
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

/// A record of one case, named by the index's number for the case (`CaseYears`).
protocol CaseBound: Sendable {
    var caseNumber: UInt32 { get }
}

/// The lowest and highest case number among a chunk's records.
struct CaseSpan: Sendable {
    private(set) var low: UInt32
    private(set) var high: UInt32

    init(_ number: UInt32) { (low, high) = (number, number) }

    /// The span of records that are not empty.
    init<C: Collection>(_ records: C) where C.Element: CaseBound {
        self.init(records.first?.caseNumber ?? 0)
        for r in records { widen(to: r.caseNumber) }
    }

    mutating func widen(to number: UInt32) { (low, high) = (min(low, number), max(high, number)) }
    mutating func widen(to other: CaseSpan) { (low, high) = (min(low, other.low), max(high, other.high)) }
}

/// The cases a change takes away, in order, so that a chunk's span is checked by one search.
struct CaseNumbers: Sendable {
    private let sorted: [UInt32]

    init<S: Sequence>(_ numbers: S) where S.Element == UInt32 { sorted = Array(Set(numbers)).sorted() }

    /// The position of the first number at or above `n`.
    private func lowerBound(_ n: UInt32) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < n { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func contains(_ n: UInt32) -> Bool {
        let i = lowerBound(n)
        return i < sorted.count && sorted[i] == n
    }

    func any(in span: CaseSpan) -> Bool {
        let i = lowerBound(span.low)
        return i < sorted.count && sorted[i] <= span.high
    }
}
