import Cases
import Coordination

extension IndicatorCalculator {
    func publicReports(by: String, _ scope: Scope) -> IndicatorTable {
        let s = scope.selection
        struct Group { var n = 0, answered = 0, cases = 0; var days = DayCounts() }
        let byAgency = by == "agency"
        var counted = RowTotals(count: byAgency ? index.vocabulary.agencies.count : 256, empty: Group())
        // Reports carry no victim's sex, age or form: those filters do not narrow them.
        for r in scope.year.reports where s.inPeriod(r.day) {
            if let p = s.province, r.province != p { continue }
            if let a = s.agency, r.agency != a { continue }
            counted.add(row: byAgency ? Int(r.agency) : Int(r.province)) { g in
                g.n += 1
                if r.replyDays != IndexDay.none { g.answered += 1; g.days.add(r.replyDays) }
                if r.becameCase { g.cases += 1 }
            }
        }
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

    func reportingDelay(by: String, _ scope: Scope) -> IndicatorTable {
        let s = scope.selection
        struct Group { var n = 0, dated = 0, soon = 0; var days = DayCounts() }
        let byProvince = by == "province"
        let rowCount = byProvince ? Province.all.count + 1 : FormGroup.allCases.count
        var counted = RowTotals(count: rowCount, empty: Group())
        for c in scope.year.cases where s.inPeriod(c.day) && s.keeps(c.at) {
            counted.add(row: byProvince ? min(Int(c.at.province), Province.all.count) : Int(c.at.form)) { g in
                g.n += 1
                if c.delay != IndexDay.none { g.dated += 1; g.days.add(c.delay); if c.delay <= 30 { g.soon += 1 } }
            }
        }
        let groups = counted.rows, all = counted.total
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
            rows: Self.breakdownRows(by) { k in cells(row[k].map { groups[$0] } ?? Group()) },
            total: totalRow(cells(all)),
            leftOut: missing > 0 ? [LeftOut(count: missing, reason: ("kasus tanpa tanggal kejadian (tidak masuk median)", "cases without an incident date (not in the median)"))] : [])
    }

    func workload(_ scope: Scope) -> IndicatorTable {
        let s = scope.selection, asOf = scope.asOf, sets = index.vocabulary.agencySets, agencies = index.vocabulary.agencies.count
        var openCases = [Int](repeating: 0, count: agencies), openItems = openCases, overdue = openCases
        for p in index.years.values {
            for c in p.openCases where s.keeps(c.at) { for a in sets[Int(c.at.agencies)] { openCases[Int(a)] += 1 } }
            for i in p.openItems where s.keeps(i.at) {
                openItems[Int(i.owner)] += 1
                if i.due != IndexDay.none, i.due < asOf { overdue[Int(i.owner)] += 1 }
            }
        }
        var firstAction = [DayCounts](repeating: DayCounts(), count: agencies), opened = [Bool](repeating: false, count: agencies)
        for c in scope.year.cases where s.inPeriod(c.day) && s.keeps(c.at) {
            for a in sets[Int(c.at.agencies)] {
                opened[Int(a)] = true
                if c.firstAction != IndexDay.none { firstAction[Int(a)].add(c.firstAction) }
            }
        }
        let active = Set((0..<agencies).filter { openCases[$0] > 0 || openItems[$0] > 0 || opened[$0] }.map { UInt16($0) })
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

    func completeness(_ scope: Scope) -> IndicatorTable {
        let s = scope.selection, sets = index.vocabulary.agencySets
        struct Group { var n = 0, incident = 0, place = 0, victims = 0, sex = 0, age = 0, citizenship = 0 }
        var byAgency = [Group](repeating: Group(), count: index.vocabulary.agencies.count), all = Group()
        func add(_ c: CaseRecord, to g: inout Group) {
            g.n += 1
            if c.delay != IndexDay.none { g.incident += 1 }
            if c.placeKnown { g.place += 1 }
            g.victims += Int(c.victims)
            g.sex += Int(c.sexKnown)
            g.age += Int(c.ageKnown)
            g.citizenship += Int(c.citizenshipKnown)
        }
        for c in scope.year.cases where s.inPeriod(c.day) && s.keeps(c.at) {
            add(c, to: &all)
            for a in sets[Int(c.at.agencies)] { add(c, to: &byAgency[Int(a)]) }
        }
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
