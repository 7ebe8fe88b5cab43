import Cases

/// A filter turned into the index's numbers, so that deciding whether a record counts is a few
/// integer comparisons.
struct Selection {
    let filter: MonitoringFilter
    let first: Int32
    let last: Int32
    let province: UInt8?
    /// For each agency set, whether it holds the filter's agency; nil when no agency is asked.
    let agencySets: [Bool]?
    /// The filter's agency number; nil when none is asked, `UInt16.max` when the index has none.
    let agency: UInt16?
    let form: UInt8?
    /// Sex–age bits a victim filter keeps; nil when there is none.
    let victimMask: UInt16?

    init(_ filter: MonitoringFilter, vocabulary: IndexVocabulary) {
        self.filter = filter
        first = Int32(filter.period.firstDay.dayNumber)
        last = Int32(filter.period.lastDay.dayNumber)
        province = filter.provinceCode.map(ProvinceNumber.of)
        if let id = filter.agencyID {
            let n = vocabulary.existingAgency(id)
            agency = n ?? UInt16.max
            agencySets = vocabulary.agencySets.map { set in n.map(set.contains) ?? false }
        } else {
            agency = nil
            agencySets = nil
        }
        form = filter.form.map { UInt8($0.index) }
        victimMask = SexAge.mask(sex: filter.sex, age: filter.ageGroup)
    }

    @inline(__always) func inPeriod(_ day: Int32) -> Bool { day >= first && day <= last }

    /// The case passes province, agency, form and — with a victim filter — has such a victim.
    @inline(__always) func keeps(_ at: Coordinates) -> Bool {
        keepsPlace(at) && (victimMask.map { at.victims & $0 != 0 } ?? true)
    }

    /// The case passes, and so does the victim a record is about (`bit` 0: no victim named).
    @inline(__always) func keeps(_ at: Coordinates, victimBit bit: UInt16) -> Bool {
        keepsPlace(at) && (victimMask.map { bit & $0 != 0 } ?? true)
    }

    @inline(__always) func keepsPlace(_ at: Coordinates) -> Bool {
        if let province, at.province != province { return false }
        if let form, at.form != form { return false }
        if let agencySets, !(Int(at.agencies) < agencySets.count && agencySets[Int(at.agencies)]) { return false }
        return true
    }
}

/// Day counts whose median is wanted: appended as they come and ranked once, by counting over
/// the span of days they cover (days lie within a few thousand of each other; a hash or a sort
/// per value costs more).
struct DayCounts {
    private var values: [Int32] = []
    private var low = Int32.max, high = Int32.min
    var n: Int { values.count }

    mutating func add(_ day: Int32) {
        values.append(day)
        low = min(low, day)
        high = max(high, day)
    }

    /// The middle value; the mean of the two middle values for an even count.
    var median: Double? {
        guard !values.isEmpty else { return nil }
        let ranks = n % 2 == 1 ? [n / 2] : [n / 2 - 1, n / 2]
        let span = Int(high) - Int(low) + 1
        var found: [Int] = []
        if span <= 1 << 20 {
            var counts = [Int](repeating: 0, count: span)
            for v in values { counts[Int(v) - Int(low)] += 1 }
            var seen = 0, r = 0
            for (offset, c) in counts.enumerated() where c > 0 {
                seen += c
                while r < ranks.count, ranks[r] < seen { found.append(offset + Int(low)); r += 1 }
                if r == ranks.count { break }
            }
        } else {
            let sorted = values.sorted()
            found = ranks.map { Int(sorted[$0]) }
        }
        return found.count == 1 ? Double(found[0]) : Double(found[0] + found[1]) / 2
    }

    var cell: IndicatorCell { .median(median, n: n) }
}

/// A table's rows and total while records are counted: each record adds to its row and to the
/// total, by the same update.
struct RowTotals<Group> {
    private(set) var rows: [Group]
    private(set) var total: Group

    init(count: Int, empty: Group) {
        rows = Array(repeating: empty, count: count)
        total = empty
    }

    mutating func add(row: Int, _ update: (inout Group) -> Void) {
        update(&rows[row])
        update(&total)
    }
}
