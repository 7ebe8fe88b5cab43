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
    /// The agencies of each agency set, as the index numbers them.
    let vocabularySets: [[UInt16]]

    init(_ filter: MonitoringFilter, vocabulary: IndexVocabulary) {
        vocabularySets = vocabulary.agencySets
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

/// Day counts whose median is wanted, as a histogram: a value is added or taken away in
/// constant time (a kept tally follows a change by its difference), and the median is read by
/// walking the counts. Values lie within a few thousand of each other; the rare one far outside
/// the dense window is kept apart, so a stray date cannot make the window huge.
struct DayCounts: Sendable {
    private var low: Int32 = 0
    private var counts: [Int32] = []
    private var far: [Int32: Int32] = [:]
    private(set) var n = 0
    static let window = 1 << 14

    mutating func add(_ value: Int32, sign: Int = 1) {
        n += sign
        if counts.isEmpty { low = value; counts = [0] }
        var offset = Int(value) - Int(low)
        if offset < 0 || offset >= counts.count {
            let first = min(Int(low), Int(value)), last = max(Int(low) + counts.count - 1, Int(value))
            guard last - first < Self.window else {
                far[value, default: 0] += Int32(sign)
                if far[value] == 0 { far[value] = nil }
                return
            }
            // Room on the growing side as well, so that a run of new values grows it rarely.
            let room = min(counts.count, Self.window - (last - first + 1))
            if offset < 0 {
                let grow = -offset + (value == Int32(first) ? room : 0)
                counts.insert(contentsOf: repeatElement(0, count: grow), at: 0)
                low -= Int32(grow)
            } else {
                counts.append(contentsOf: repeatElement(0, count: offset - counts.count + 1 + room))
            }
            offset = Int(value) - Int(low)
        }
        counts[offset] += Int32(sign)
    }

    /// The middle value; the mean of the two middle values for an even count.
    var median: Double? {
        guard n > 0 else { return nil }
        let ranks = n % 2 == 1 ? [n / 2] : [n / 2 - 1, n / 2]
        var found: [Int] = [], seen = 0, r = 0
        let outside = far.keys.sorted()
        var o = 0, i = 0
        // Walk the window and the values outside it in order, as one sorted list.
        while r < ranks.count {
            let denseValue = i < counts.count ? Int(low) + i : Int.max
            let farValue = o < outside.count ? Int(outside[o]) : Int.max
            guard denseValue != Int.max || farValue != Int.max else { break }
            let value: Int, c: Int
            if farValue < denseValue { value = farValue; c = Int(far[outside[o]]!); o += 1 } else { value = denseValue; c = Int(counts[i]); i += 1 }
            guard c > 0 else { continue }
            seen += c
            while r < ranks.count, ranks[r] < seen { found.append(value); r += 1 }
        }
        guard found.count == ranks.count else { return nil }
        return found.count == 1 ? Double(found[0]) : Double(found[0] + found[1]) / 2
    }

    var cell: IndicatorCell { .median(median, n: n) }
}

/// A table's rows and total while records are counted: each record adds to its row and to the
/// total, by the same update. A row past the end is made when first counted (the index's
/// agencies and citizenships grow as cases come).
struct RowTotals<Group: Sendable>: Sendable {
    private(set) var rows: [Group]
    private(set) var total: Group
    private let empty: Group

    init(count: Int, empty: Group) {
        rows = Array(repeating: empty, count: count)
        total = empty
        self.empty = empty
    }

    mutating func add(row: Int, _ update: (inout Group) -> Void) {
        if row >= rows.count { rows += repeatElement(empty, count: row - rows.count + 1) }
        update(&rows[row])
        update(&total)
    }

    /// A row's group; an empty one for a row never counted.
    subscript(row: Int) -> Group { row < rows.count ? rows[row] : empty }
}
