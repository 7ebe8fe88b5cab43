import Cases
import Coordination

extension IndicatorCalculator {
    static let funnelStages: [JusticeStage] = [.report, .inquiry, .investigation, .prosecution, .trial, .verdict, .final]

    static let labourForms: [Bool] = FormGroup.allCases.map(\.isLabour)

    func justiceFunnel(_ tally: FunnelTally) -> IndicatorTable {
        let stages = Self.funnelStages.count, reached = tally.reached, days = tally.days, cohort = tally.cohort
        func cells(_ g: Int, _ i: Int) -> [IndicatorCell] {
            guard i > 0 else { return [.count(reached[g][0]), .notApplicable, .notApplicable] }
            return [.count(reached[g][i]), .percent(numerator: reached[g][i], denominator: reached[g][i - 1]), days[g][i].cell]
        }
        var rows: [IndicatorRow] = []
        for (i, stage) in Self.funnelStages.enumerated() {
            rows.append(IndicatorRow(key: stage.rawValue, label: stage.label, cells: cells(0, i) + cells(1, i)))
        }
        let stopped = reached[0][stages], stoppedLabour = reached[1][stages]
        rows.append(IndicatorRow(key: JusticeStage.discontinued.rawValue, label: JusticeStage.discontinued.label,
                                 cells: [.count(stopped), .percent(numerator: stopped, denominator: cohort[0]), .notApplicable,
                                         .count(stoppedLabour), .percent(numerator: stoppedLabour, denominator: cohort[1]), .notApplicable]))
        return IndicatorTable(
            columns: [IndicatorColumn("reached", "Jalur (semua kasus)", "Tracks (all cases)", .count),
                      IndicatorColumn("carried", "% dari tahap sebelumnya", "% of the previous stage", .percent),
                      IndicatorColumn("days", "Median hari dari tahap sebelumnya", "Median days from the previous stage", .median),
                      IndicatorColumn("reached_labour", "Jalur (kasus kerja paksa)", "Tracks (labour cases)", .count),
                      IndicatorColumn("carried_labour", "% dari tahap sebelumnya (kerja paksa)", "% of the previous stage (labour)", .percent),
                      IndicatorColumn("days_labour", "Median hari (kerja paksa)", "Median days (labour)", .median)],
            rows: rows, total: nil)
    }

    func justicePersons(by: String, _ scope: Scope, _ tally: SuspectTally) -> IndicatorTable {
        let vocabulary = index.vocabulary
        let key = SuspectTally.key(by)
        func name(_ k: Int) -> String {
            switch by {
            case "citizenship_code": return vocabulary.citizenships[k]
            case "case_kind": return k == 0 ? "labour" : "other"
            default: return SexGroup.allCases[k].rawValue
            }
        }
        // Every event is counted as a person (the tally); then the events of a person who may
        // be counted twice (linked, or a step reached twice) are replaced by one per row and step.
        var counts = tally.counts, totals = tally.totals
        let keys = max(counts.count / 3, by == "citizenship_code" ? vocabulary.citizenships.count : by == "case_kind" ? 2 : SexGroup.allCases.count)
        counts += repeatElement(0, count: keys * 3 - counts.count)
        let correction = scope.suspectsCorrection("suspects/\(by)", key: key)
        if correction.cells.count > counts.count { counts += repeatElement(0, count: correction.cells.count - counts.count) }
        for (cell, d) in correction.cells.enumerated() { counts[cell] += d }
        for step in 0..<3 { totals[step] += correction.steps[step] }
        let plain = Dictionary(uniqueKeysWithValues: (0..<keys).filter { k in (0..<3).contains { counts[k * 3 + $0] > 0 } }
            .map { k in (name(k), (0..<3).map { counts[k * 3 + $0] }) })
        let unnamed = tally.unnamed
        func cells(_ k: String) -> [IndicatorCell] { (0..<3).map { .count(plain[k]?[$0] ?? 0) } }
        let counted = Set(plain.keys)
        let rowsOut: [IndicatorRow]
        switch by {
        case "citizenship_code":
            rowsOut = counted.sorted().map { IndicatorRow(key: $0, label: ($0 == "unknown" ? "Tidak diketahui" : $0, $0 == "unknown" ? "Unknown" : $0), cells: cells($0)) }
        case "case_kind":
            rowsOut = [IndicatorRow(key: "labour", label: ("Kasus kerja paksa", "Labour cases"), cells: cells("labour")),
                       IndicatorRow(key: "other", label: ("Kasus lain", "Other cases"), cells: cells("other"))]
        default:
            rowsOut = rows(SexGroup.self) { cells($0.rawValue) }
        }
        let totalCells: [IndicatorCell] = totals.map { .count($0) }
        return IndicatorTable(
            columns: [IndicatorColumn("suspects", "Tersangka", "Suspects", .count),
                      IndicatorColumn("prosecuted", "Dituntut", "Prosecuted", .count),
                      IndicatorColumn("convicted", "Dipidana", "Convicted", .count)],
            rows: rowsOut, total: totalRow(totalCells),
            leftOut: unnamed > 0 ? [LeftOut(count: unnamed, reason: ("jalur peradilan tanpa tersangka bernama", "justice tracks with no named suspect"))] : [])
    }

    func convictionsByLaw(_ tally: ConvictionTally) -> IndicatorTable {
        typealias Group = ConvictionTally.Group
        let counted = tally.counted
        let all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .percent(numerator: g.n, denominator: all.n), g.months.cell,
             g.bound == 0 ? .notApplicable : .count(g.below), .count(g.underYear)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("convictions", "Putusan pemidanaan", "Convictions", .count),
                      IndicatorColumn("share", "% dari semua pemidanaan", "% of all convictions", .percent),
                      IndicatorColumn("months", "Median pidana penjara (bulan)", "Median prison term (months)", .median),
                      IndicatorColumn("below_minimum", "Di bawah minimum khusus", "Below the statutory minimum", .count),
                      IndicatorColumn("under_year", "Kurang dari 1 tahun", "Under one year", .count)],
            rows: rows(LawCategory.self) { cells(counted[$0.index]) },
            total: totalRow(cells(all)))
    }
}

/// Justice tracks of the cohort whose police report lies in the period: the stages reached and
/// the days between, for all cases and for labour cases.
struct FunnelTally: Tally {
    static let stages = IndicatorCalculator.funnelStages.count
    var reached = [[Int]](repeating: [Int](repeating: 0, count: stages + 1), count: 2)
    var days = [[DayCounts]](repeating: [DayCounts](repeating: DayCounts(), count: stages), count: 2)
    var cohort = [0, 0]

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, stages = Self.stages
        for t in input.year.funnel where s.inPeriod(t.stages[0]) && s.keeps(t.at) {
            for g in 0..<(IndicatorCalculator.labourForms[Int(t.at.form)] ? 2 : 1) {
                cohort[g] += sign
                for i in 0..<stages where t.stages[i] != IndexDay.none {
                    reached[g][i] += sign
                    if i > 0, t.stages[i - 1] != IndexDay.none { days[g][i].add(t.stages[i] - t.stages[i - 1], sign: sign) }
                }
                if t.stages[7] != IndexDay.none { reached[g][stages] += sign }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.justiceFunnel(self) }
}

/// Suspect events per row and step, counted as if each were a person of its own, and the
/// justice tracks with no named suspect (of every year: they have no date of their own).
struct SuspectTally: Tally {
    let by: String
    var counts: [Int] = []
    var totals = [0, 0, 0]
    var unnamed = 0

    static func key(_ by: String) -> (SuspectEvent) -> Int {
        switch by {
        case "citizenship_code": return { Int($0.citizenship) }
        case "case_kind": return { IndicatorCalculator.labourForms[Int($0.at.form)] ? 0 : 1 }
        default: return { Int($0.sex) }
        }
    }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, key = Self.key(by)
        for e in input.year.suspectEvents where s.inPeriod(e.day) && s.keeps(e.at) {
            let cell = key(e) * 3 + Int(e.step)
            if cell >= counts.count { counts += repeatElement(0, count: (cell / 3 + 1) * 3 - counts.count) }
            counts[cell] += sign
            totals[Int(e.step)] += sign
        }
        for p in input.years.values { for t in p.unnamedTracks where s.keeps(t.at) { unnamed += sign } }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.justicePersons(by: by, scope, self) }
}

/// Convictions per law, with the prison terms.
struct ConvictionTally: Tally {
    struct Group: Sendable { var n = 0, bound = 0, below = 0, underYear = 0; var months = DayCounts() }
    var counted = RowTotals(count: LawCategory.allCases.count, empty: Group())

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign
        for c in input.year.convictions where s.inPeriod(c.day) && s.keeps(c.at) {
            counted.add(row: Int(c.law)) { g in
                g.n += sign
                if c.months > 0 { g.months.add(c.months, sign: sign) }
                if c.minimum >= 0 { g.bound += sign; if c.months < c.minimum { g.below += sign } }
                if c.months < 12 { g.underYear += sign }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.convictionsByLaw(self) }
}
