import Testing
@testable import Monitoring

/// The chunked records behave as one array: in order, by position, through removals that
/// empty or wear down chunks.
@Suite struct RecordChunksTests {
    @Test func chunkedRecordsReadAsTheArrayTheyHold() {
        let size = RecordChunks<Int>.chunkSize
        var chunks = RecordChunks<Int>()
        var array: [Int] = []
        for i in 0..<(3 * size + 17) {
            chunks.append(i)
            array.append(i)
        }
        chunks += [-1, -2]
        array += [-1, -2]
        #expect(Array(chunks) == array && chunks.count == array.count)
        for i in [0, 1, size - 1, size, 2 * size + 5, array.count - 1] { #expect(chunks[i] == array[i]) }

        // Most of the second chunk and the whole third go; the rest keep their order.
        var gone = RecordChunks<Int>()
        let leaves: (Int) -> Bool = { ($0 >= size + 10 && $0 < 3 * size) || $0 == 3 }
        chunks.remove(where: leaves, into: &gone)
        #expect(Array(gone) == array.filter(leaves))
        array.removeAll(where: leaves)
        #expect(Array(chunks) == array && chunks.count == array.count)
        for i in array.indices { #expect(chunks[i] == array[i]) }

        // Appending after removals, and removing everything.
        chunks.append(99)
        array.append(99)
        #expect(chunks.last == 99 && chunks[array.count - 1] == 99 && Array(chunks) == array)
        chunks.remove(where: { _ in true }, into: &gone)
        #expect(chunks.isEmpty && Array(chunks) == [] && gone.count == 3 * size + 20)
        #expect(Array(RecordChunks([4, 5, 6])) == [4, 5, 6] && RecordChunks<Int>([]).isEmpty)
    }
}
