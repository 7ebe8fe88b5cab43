/// Positions of records grouped by person, in the order of the persons' keys, held in one array.
/// A million-case year has tens of thousands of linked people; an array for each would cost a
/// heap object each. A change edits the groups (`removing`, `adding`) instead of finding them
/// again among every record of the year.
struct PositionGroups: RandomAccessCollection, Sendable {
    private var positions: [Int32] = []
    /// Where each group ends in `positions`.
    private var ends: [Int32] = []
    /// Each group's person, ascending.
    private(set) var people: [UInt64] = []

    init() {}

    /// The groups of these (person, position) pairs; within a person, positions keep their order.
    init(_ pairs: [(person: UInt64, position: Int32)]) {
        let ordered = pairs.enumerated().sorted { ($0.element.person, $0.offset) < ($1.element.person, $1.offset) }.map(\.element)
        for (person, position) in ordered {
            if people.last != person {
                if !people.isEmpty { ends.append(Int32(positions.count)) }
                people.append(person)
            }
            positions.append(position)
        }
        if !people.isEmpty { ends.append(Int32(positions.count)) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ends.count }

    subscript(i: Int) -> ArraySlice<Int32> {
        positions[(i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])]
    }

    /// The groups after the records at `removed` (ascending positions) were taken out of the
    /// sequence they point into: those positions go, later ones move down by the number taken
    /// before them, and a group left empty goes.
    func removing(positions removed: [Int]) -> PositionGroups {
        guard !removed.isEmpty else { return self }
        func before(_ p: Int) -> Int {
            var lo = 0, hi = removed.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if removed[mid] < p { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        var out = PositionGroups()
        for (i, person) in people.enumerated() {
            var any = false
            for p in self[i] {
                let n = before(Int(p))
                if n < removed.count && removed[n] == Int(p) { continue }
                out.positions.append(p - Int32(n))
                any = true
            }
            if any {
                out.people.append(person)
                out.ends.append(Int32(out.positions.count))
            }
        }
        return out
    }

    /// The groups with these pairs added (records appended after every position held now).
    /// Merged in one pass: the groups are already in the persons' order, and a change adds few.
    func adding(_ added: [(person: UInt64, position: Int32)]) -> PositionGroups {
        guard !added.isEmpty else { return self }
        let new = PositionGroups(added)
        var out = PositionGroups()
        func take(_ g: PositionGroups, _ i: Int) { out.positions.append(contentsOf: g[i]) }
        var i = 0, j = 0
        while i < people.count || j < new.people.count {
            let person: UInt64
            if j == new.people.count || (i < people.count && people[i] < new.people[j]) {
                person = people[i]
                take(self, i)
                i += 1
            } else if i == people.count || new.people[j] < people[i] {
                person = new.people[j]
                take(new, j)
                j += 1
            } else {
                person = people[i]
                take(self, i)
                take(new, j)
                i += 1
                j += 1
            }
            out.people.append(person)
            out.ends.append(Int32(out.positions.count))
        }
        return out
    }
}
