import Testing
@testable import Monitoring

/// The chunked records behave as one array: in order, by position, through removals that
/// empty or wear down chunks; and a removal finds a case's records whatever chunk they are in.
@Suite struct RecordChunksTests {
    struct Record: CaseBound, Equatable {
        let caseNumber: UInt32
        let tag: Int
    }

    @Test func chunkedRecordsReadAsTheArrayTheyHold() {
        let size = RecordChunks<Record>.chunkSize
        var chunks = RecordChunks<Record>()
        var array: [Record] = []
        // Three records a case, cases numbered as filed.
        for i in 0..<(3 * size + 17) {
            let r = Record(caseNumber: UInt32(i / 3), tag: i)
            chunks.append(r)
            array.append(r)
        }
        let late = [Record(caseNumber: 5, tag: -1), Record(caseNumber: UInt32(size), tag: -2)]
        chunks += late
        array += late
        #expect(Array(chunks) == array && chunks.count == array.count)
        for i in [0, 1, size - 1, size, 2 * size + 5, array.count - 1] { #expect(chunks[i] == array[i]) }

        // Most of the second chunk and the whole third go, and a case whose last record sits
        // in the last chunk, far from its others; the rest keep their order.
        var gone = RecordChunks<Record>()
        let taken = Set(((size + 10) / 3...(3 * size - 1) / 3).map(UInt32.init) + [1, 5])
        let leaves: (Record) -> Bool = { taken.contains($0.caseNumber) }
        chunks.remove(cases: CaseNumbers(taken), into: &gone)
        #expect(Array(gone) == array.filter(leaves))
        array.removeAll(where: leaves)
        #expect(Array(chunks) == array && chunks.count == array.count)
        for i in array.indices { #expect(chunks[i] == array[i]) }

        // Cases that are nowhere take nothing away.
        chunks.remove(cases: CaseNumbers([UInt32(size * 10), 1]), into: &gone)
        #expect(Array(chunks) == array)

        // Appending after removals, and removing everything.
        let last = Record(caseNumber: 99_999, tag: 99)
        chunks.append(last)
        array.append(last)
        #expect(chunks.last == last && chunks[array.count - 1] == last && Array(chunks) == array)
        gone = RecordChunks<Record>()
        chunks.remove(cases: CaseNumbers(array.map(\.caseNumber)), into: &gone)
        #expect(chunks.isEmpty && Array(chunks) == [] && Array(gone) == array)
        let few = [Record(caseNumber: 4, tag: 4), Record(caseNumber: 2, tag: 5)]
        #expect(Array(RecordChunks(few)) == few && RecordChunks<Record>([]).isEmpty)
    }

    /// A filed case that turns out damaged is cut off again: the records after a position go,
    /// whole chunks and part of one, and the chunks still find each case by its span.
    @Test func truncatedRecordsReadAsThePrefix() {
        let size = RecordChunks<Record>.chunkSize
        let array = (0..<(2 * size + 9)).map { Record(caseNumber: UInt32($0 / 2), tag: $0) }
        for n in [array.count, array.count - 1, 2 * size, 2 * size - 1, size + 1, size, 1, 0] {
            var chunks = RecordChunks(array)
            chunks.truncate(to: n)
            #expect(Array(chunks) == Array(array.prefix(n)) && chunks.count == n, "cut at \(n)")
            if n > 0 { #expect(chunks[n - 1] == array[n - 1]) }
            // Appended again after the cut, and a case on either side of it taken away.
            let again = Record(caseNumber: 90_000, tag: -1)
            chunks.append(again)
            var gone = RecordChunks<Record>()
            let taken: [UInt32] = n > 0 ? [array[n - 1].caseNumber, 90_000] : [90_000]
            chunks.remove(cases: CaseNumbers(taken), into: &gone)
            let kept = array.prefix(n).filter { !taken.contains($0.caseNumber) }
            #expect(Array(chunks) == kept, "cut at \(n), then a case taken away")
            #expect(Array(gone) == array.prefix(n).filter { taken.contains($0.caseNumber) } + [again])
        }
    }

    @Test func caseNumbersFindTheirSpans() {
        let numbers = CaseNumbers([40, 7, 7, 100])
        #expect(numbers.contains(7) && numbers.contains(40) && numbers.contains(100))
        #expect(!numbers.contains(8) && !numbers.contains(0) && !numbers.contains(101))
        var span = CaseSpan(41)
        span.widen(to: 99)
        #expect(!numbers.any(in: span))
        span.widen(to: 40)
        #expect(numbers.any(in: span))
        #expect(numbers.any(in: CaseSpan(100)) && !numbers.any(in: CaseSpan(101)) && !CaseNumbers([]).any(in: CaseSpan(0)))
    }
}
