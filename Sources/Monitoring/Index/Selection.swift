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

/// Day counts whose median is wanted: appended as they come, sorted once when the median is
/// read (a hash per value costs more than one sort of the values).
struct DayCounts {
    private var values: [Int32] = []
    var n: Int { values.count }

    mutating func add(_ day: Int32) { values.append(day) }

    /// The mean of the two middle values for an even count, as `median(_:)` has it.
    var median: Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), mid = s.count / 2
        return s.count % 2 == 1 ? Double(s[mid]) : Double(Int(s[mid - 1]) + Int(s[mid])) / 2
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
