/// What counting linked people changes in a table that first counts every record as a person:
/// per row and in all, the records of each linked person in scope taken away and one put back
/// per row they fall in. It reads only linked records, so it holds while no linked record and no
/// link changes (`CountingIndex.linkedVersion`): a kept table made again after a change to other
/// cases reuses it instead of walking every linked person of the year, which at a million cases
/// was most of the dashboard's remaking after each change.
struct PeopleCorrection: Sendable {
    var perRow: [Int]
    var total = 0
    /// People who are victims in two cases or more (their records replaced, counted once).
    var again: [Int]
    var againTotal = 0

    init(rows: Int) {
        perRow = [Int](repeating: 0, count: rows)
        again = perRow
    }
}

/// The same for the suspects' table: per cell (row × step) and per step.
struct SuspectCorrection: Sendable {
    var cells: [Int] = []
    var steps = [0, 0, 0]
}

/// The corrections one table's making used, by the call that asked for them (a table may ask
/// for more than one breakdown).
struct LinkedCorrections: Sendable {
    var victims: [String: PeopleCorrection] = [:]
    var suspects: [String: SuspectCorrection] = [:]
}

/// Carries kept corrections into a table's making and the ones it made out of it.
final class LinkedMemo {
    var corrections: LinkedCorrections
    /// Walks over the linked records this making needed.
    private(set) var passes = 0

    init(_ corrections: LinkedCorrections = LinkedCorrections()) {
        self.corrections = corrections
    }

    /// The correction `site` asked for: the kept one, or made now and kept.
    func correction<C>(_ kind: WritableKeyPath<LinkedCorrections, [String: C]>, _ site: String, make: () -> C) -> C {
        if let kept = corrections[keyPath: kind][site] { return kept }
        passes += 1
        let made = make()
        corrections[keyPath: kind][site] = made
        return made
    }
}

extension Scope {
    /// The people among the victims `eachVictim` gives, per row of `key` and in all, from their
    /// plain counts (a kept tally's): records are counted plainly, then each linked person's
    /// records in scope are replaced by one per row they fall in. Also the people who are
    /// victims in two cases or more. `site` names the breakdown, for the kept correction.
    func people(_ site: String, key: (VictimRecord) -> Int, records counted: RowTotals<Int>) -> CountedPeople {
        let rows = counted.rows.count
        guard let memo else { return Self.people(counted, linkedVictimsCorrection(key: key, rows: rows)) }
        return Self.people(counted, memo.correction(\.victims, site) { linkedVictimsCorrection(key: key, rows: rows) })
    }

    /// As above, counting the plain records first (tables made outside the kept tallies).
    func people(key: (VictimRecord) -> Int, rows: Int) -> CountedPeople {
        var records = RowTotals(count: rows, empty: 0)
        eachVictim { v in records.add(row: key(v)) { $0 += 1 } }
        return Self.people(records, linkedVictimsCorrection(key: key, rows: records.rows.count))
    }

    private static func people(_ counted: RowTotals<Int>, _ c: PeopleCorrection) -> CountedPeople {
        let records = counted.rows
        var perRow = records, again = [Int](repeating: 0, count: records.count)
        for (k, d) in c.perRow.enumerated() where k < perRow.count {
            perRow[k] += d
            again[k] = c.again[k]
        }
        return CountedPeople(perRow: perRow, total: counted.total + c.total, records: records, recordTotal: counted.total,
                             again: again, againTotal: c.againTotal)
    }

    /// One walk over the year's linked victim records.
    func linkedVictimsCorrection(key: (VictimRecord) -> Int, rows: Int) -> PeopleCorrection {
        let s = selection, casesOf = calculator.index.people.casesOf
        var out = PeopleCorrection(rows: rows)
        var inRows: [Int] = []
        for (group, person) in zip(year.linkedVictims, year.linkedVictims.people) {
            inRows.removeAll(keepingCapacity: true)
            for i in group {
                let v = year.victims[Int(i)]
                guard s.inPeriod(v.day), s.keeps(v.at, victimBit: SexAge.bit(v.sexAge)) else { continue }
                let k = key(v)
                out.perRow[k] -= 1
                out.total -= 1
                if !inRows.contains(k) { inRows.append(k) }
            }
            guard !inRows.isEmpty else { continue }
            let again = (casesOf[person] ?? 1) > 1
            for k in inRows {
                out.perRow[k] += 1
                if again { out.again[k] += 1 }
            }
            out.total += 1
            if again { out.againTotal += 1 }
        }
        return out
    }

    /// The suspects' correction for the breakdown `site`: the events of a person who may be
    /// counted twice (linked, or a step reached twice in a case) replaced by one per cell and step.
    func suspectsCorrection(_ site: String, key: (SuspectEvent) -> Int) -> SuspectCorrection {
        guard let memo else { return linkedSuspectsCorrection(key: key) }
        return memo.correction(\.suspects, site) { linkedSuspectsCorrection(key: key) }
    }

    /// One walk over the year's suspect events counted through their person.
    func linkedSuspectsCorrection(key: (SuspectEvent) -> Int) -> SuspectCorrection {
        let s = selection
        var out = SuspectCorrection()
        var cellsSeen: [Int] = [], stepsSeen: [Int] = []
        func add(_ cell: Int, _ n: Int) {
            if cell >= out.cells.count { out.cells += repeatElement(0, count: cell - out.cells.count + 1) }
            out.cells[cell] += n
        }
        for group in year.linkedSuspectEvents {
            cellsSeen.removeAll(keepingCapacity: true)
            stepsSeen.removeAll(keepingCapacity: true)
            for i in group {
                let e = year.suspectEvents[Int(i)]
                guard s.inPeriod(e.day), s.keeps(e.at) else { continue }
                let cell = key(e) * 3 + Int(e.step)
                add(cell, -1)
                out.steps[Int(e.step)] -= 1
                if !cellsSeen.contains(cell) { cellsSeen.append(cell) }
                if !stepsSeen.contains(Int(e.step)) { stepsSeen.append(Int(e.step)) }
            }
            for cell in cellsSeen { add(cell, 1) }
            for step in stepsSeen { out.steps[step] += 1 }
        }
        return out
    }
}
