import Cases
import Coordination

extension IndicatorCalculator {
    func publicReports(by: String, _ tally: ReportTally) -> IndicatorTable {
        typealias Group = ReportTally.Group
        let counted = tally.counted, byAgency = by == "agency"
        let groups = counted.rows, all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.answered), .percent(numerator: g.answered, denominator: g.n), g.days.cell,
             .count(g.cases), .percent(numerator: g.cases, denominator: g.n)]
        }
        let rowsOut: [IndicatorRow]
        if byAgency {
            rowsOut = agencyRows(Set(groups.indices.filter { groups[$0].n > 0 }.map { UInt16($0) })) { cells(groups[Int($0)]) }
        } else {
            rowsOut = Province.all.enumerated().map { IndicatorRow(key: $1.code, label: ($1.name, $1.name), cells: cells(groups[$0])) }
                + [IndicatorRow(key: "unknown", label: ("Provinsi tidak disebut", "Province not stated"),
                                cells: cells(groups[Int(Coordinates.noProvince)]))]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("received", "Diterima", "Received", .count),
                      IndicatorColumn("answered", "Dibalas", "Answered", .count),
                      IndicatorColumn("answered_share", "% dibalas", "% answered", .percent),
                      IndicatorColumn("days_to_reply", "Median hari sampai balasan pertama", "Median days to the first reply", .median),
                      IndicatorColumn("cases", "Menjadi kasus", "Became cases", .count),
                      IndicatorColumn("case_share", "% menjadi kasus", "% became cases", .percent)],
            rows: rowsOut, total: totalRow(cells(all)))
    }

    func reportingDelay(by: String, _ tally: DelayTally) -> IndicatorTable {
        typealias Group = DelayTally.Group
        let counted = tally.counted, byProvince = by == "province"
        let all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.dated), g.days.cell, .percent(numerator: g.soon, denominator: g.dated)]
        }
        let keys = byProvince ? Province.all.map(\.code) : FormGroup.allCases.map(\.rawValue)
        let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        let missing = all.n - all.dated
        return IndicatorTable(
            columns: [IndicatorColumn("cases", "Kasus dibuka", "Cases opened", .count),
                      IndicatorColumn("dated", "Dengan tanggal kejadian", "With an incident date", .count),
                      IndicatorColumn("days", "Median hari kejadian → laporan", "Median days incident → report", .median),
                      IndicatorColumn("within_30", "% dilaporkan ≤ 30 hari", "% reported within 30 days", .percent)],
            rows: Self.breakdownRows(by) { k in cells(row[k].map { counted[$0] } ?? Group()) },
            total: totalRow(cells(all)),
            leftOut: missing > 0 ? [LeftOut(count: missing, reason: ("kasus tanpa tanggal kejadian (tidak masuk median)", "cases without an incident date (not in the median)"))] : [])
    }

    func workload(_ scope: Scope, _ tally: WorkloadTally) -> IndicatorTable {
        let s = scope.selection, agencies = index.vocabulary.agencies.count
        func grown<T>(_ a: [T], _ empty: T) -> [T] { a + repeatElement(empty, count: max(0, agencies - a.count)) }
        let openCases = grown(tally.openCases, 0), openItems = grown(tally.openItems, 0), overdue = grown(tally.overdue, 0)
        let firstAction = grown(tally.firstAction, DayCounts()), opened = grown(tally.opened, 0)
        let active = Set((0..<agencies).filter { openCases[$0] > 0 || openItems[$0] > 0 || opened[$0] > 0 }.map { UInt16($0) })
            .filter { s.agency == nil || s.agency == $0 }
        let names = index.vocabulary.agencies
        func cells(_ n: UInt16) -> [IndicatorCell] {
            let staff = index.staff[names[Int(n)]] ?? 0, i = Int(n)
            return [.count(openCases[i]), .count(openItems[i]), .count(overdue[i]), .reference(staff),
                    .ratio(numerator: openCases[i], denominator: staff), firstAction[i].cell]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("open_cases", "Kasus terbuka", "Open cases", .count),
                      IndicatorColumn("open_items", "Rujukan dan layanan terbuka", "Open referrals and services", .count),
                      IndicatorColumn("overdue", "Lewat tenggat", "Overdue", .count),
                      IndicatorColumn("staff", "Petugas aktif", "Active staff", .reference),
                      IndicatorColumn("cases_per_staff", "Kasus terbuka per petugas", "Open cases per staff member", .ratio),
                      IndicatorColumn("days_to_first_action", "Median hari sampai tindakan pertama", "Median days to the first action", .median)],
            rows: agencyRows(active, cells),
            total: nil)
    }

    func completeness(_ scope: Scope, _ tally: CompletenessTally) -> IndicatorTable {
        typealias Group = CompletenessTally.Group
        let s = scope.selection, byAgency = tally.byAgency, all = tally.all
        func cells(_ g: Group) -> [IndicatorCell] {
            let filled = g.incident + g.place + g.sex + g.age + g.citizenship
            return [.count(g.n), .percent(numerator: g.incident, denominator: g.n), .percent(numerator: g.place, denominator: g.n),
                    .percent(numerator: g.sex, denominator: g.victims), .percent(numerator: g.age, denominator: g.victims),
                    .percent(numerator: g.citizenship, denominator: g.victims),
                    .percent(numerator: filled, denominator: 2 * g.n + 3 * g.victims)]
        }
        let shown = Set(byAgency.indices.filter { byAgency[$0].n > 0 }.map { UInt16($0) }).filter { s.agency == nil || s.agency == $0 }
        return IndicatorTable(
            columns: [IndicatorColumn("cases", "Kasus dibuka", "Cases opened", .count),
                      IndicatorColumn("incident_date", "% tanggal kejadian", "% incident date", .percent),
                      IndicatorColumn("place", "% tempat eksploitasi", "% place of exploitation", .percent),
                      IndicatorColumn("victim_sex", "% jenis kelamin korban", "% victim's sex", .percent),
                      IndicatorColumn("victim_age", "% usia korban", "% victim's age", .percent),
                      IndicatorColumn("victim_citizenship", "% kewarganegaraan korban", "% victim's citizenship", .percent),
                      IndicatorColumn("overall", "% semua isian kunci", "% all key fields", .percent)],
            rows: agencyRows(shown) { cells(byAgency[Int($0)]) },
            total: totalRow(cells(all)))
    }
}

/// Anonymous reports per province or agency. Reports are read whole on each refresh, not by
/// case, so this tally is counted afresh each time (they are few beside the cases' records).
struct ReportTally: Tally {
    struct Group: Sendable { var n = 0, answered = 0, cases = 0; var days = DayCounts() }
    let by: String
    var counted = RowTotals(count: 256, empty: Group())
    var followsChanges: Bool { false }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, byAgency = by == "agency"
        // Reports carry no victim's sex, age or form: those filters do not narrow them.
        for r in input.year.reports where s.inPeriod(r.day) {
            if let p = s.province, r.province != p { continue }
            if let a = s.agency, r.agency != a { continue }
            counted.add(row: byAgency ? Int(r.agency) : Int(r.province)) { g in
                g.n += sign
                if r.replyDays != IndexDay.none { g.answered += sign; g.days.add(r.replyDays, sign: sign) }
                if r.becameCase { g.cases += sign }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.publicReports(by: by, self) }
}

/// Cases opened in the period, with the days from the incident to the report.
struct DelayTally: Tally {
    struct Group: Sendable { var n = 0, dated = 0, soon = 0; var days = DayCounts() }
    let by: String
    var counted: RowTotals<Group>

    init(by: String) {
        self.by = by
        counted = RowTotals(count: by == "province" ? Province.all.count + 1 : FormGroup.allCases.count, empty: Group())
    }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, byProvince = by == "province"
        for c in input.year.cases where s.inPeriod(c.day) && s.keeps(c.at) {
            counted.add(row: byProvince ? min(Int(c.at.province), Province.all.count) : Int(c.at.form)) { g in
                g.n += sign
                if c.delay != IndexDay.none { g.dated += sign; g.days.add(c.delay, sign: sign); if c.delay <= 30 { g.soon += sign } }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.reportingDelay(by: by, self) }
}

/// Per agency: open cases and items of every year (overdue judged on the day), and the days to
/// the first action in cases opened in the period.
struct WorkloadTally: Tally {
    var openCases: [Int] = [], openItems: [Int] = [], overdue: [Int] = []
    var firstAction: [DayCounts] = [], opened: [Int] = []
    var readsDay: Bool { true }

    private static func bump<T>(_ a: inout [T], _ i: Int, _ empty: T, _ change: (inout T) -> Void) {
        if i >= a.count { a += repeatElement(empty, count: i - a.count + 1) }
        change(&a[i])
    }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, asOf = input.asOf, sign = input.sign, sets = s.vocabularySets
        for p in input.years.values {
            for c in p.openCases where s.keeps(c.at) { for a in sets[Int(c.at.agencies)] { Self.bump(&openCases, Int(a), 0) { $0 += sign } } }
            for i in p.openItems where s.keeps(i.at) {
                Self.bump(&openItems, Int(i.owner), 0) { $0 += sign }
                if i.due != IndexDay.none, i.due < asOf { Self.bump(&overdue, Int(i.owner), 0) { $0 += sign } }
            }
        }
        for c in input.year.cases where s.inPeriod(c.day) && s.keeps(c.at) {
            for a in sets[Int(c.at.agencies)] {
                Self.bump(&opened, Int(a), 0) { $0 += sign }
                if c.firstAction != IndexDay.none { Self.bump(&firstAction, Int(a), DayCounts()) { $0.add(c.firstAction, sign: sign) } }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.workload(scope, self) }
}

/// Per agency and in all: how many key fields the cases opened in the period have filled.
struct CompletenessTally: Tally {
    struct Group: Sendable { var n = 0, incident = 0, place = 0, victims = 0, sex = 0, age = 0, citizenship = 0 }
    var byAgency: [Group] = []
    var all = Group()

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, sets = s.vocabularySets
        func add(_ c: CaseRecord, to g: inout Group) {
            g.n += sign
            if c.delay != IndexDay.none { g.incident += sign }
            if c.placeKnown { g.place += sign }
            g.victims += sign * Int(c.victims)
            g.sex += sign * Int(c.sexKnown)
            g.age += sign * Int(c.ageKnown)
            g.citizenship += sign * Int(c.citizenshipKnown)
        }
        for c in input.year.cases where s.inPeriod(c.day) && s.keeps(c.at) {
            add(c, to: &all)
            for a in sets[Int(c.at.agencies)] {
                if Int(a) >= byAgency.count { byAgency += repeatElement(Group(), count: Int(a) - byAgency.count + 1) }
                add(c, to: &byAgency[Int(a)])
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.completeness(scope, self) }
}
