/// Groups of record positions held in one array. A million-case year has tens of thousands of
/// linked people; an array for each would cost a heap object each.
struct PositionGroups: RandomAccessCollection, Sendable {
    private var positions: [Int32] = []
    /// Where each group ends in `positions`.
    private var ends: [Int32] = []

    var startIndex: Int { 0 }
    var endIndex: Int { ends.count }

    subscript(i: Int) -> ArraySlice<Int32> {
        positions[(i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])]
    }

    mutating func append<S: Sequence>(_ group: S) where S.Element == Int32 {
        positions.append(contentsOf: group)
        ends.append(Int32(positions.count))
    }
}
