import Cases

extension IndicatorCalculator {
    /// The breakdown a victim record falls under: a function to a row number, the number of
    /// rows (the last one, for a province outside the list, is counted but not shown), and the
    /// rows' keys in the dimension's order.
    static func victimKey(_ by: String) -> (key: (VictimRecord) -> Int, keys: [String]) {
        let sexAge = (0..<9).map { SexAgeGroup(sex: SexAge.sex(UInt8($0)), age: SexAge.age(UInt8($0))).index }
        switch by {
        case "sex": return ({ Int($0.sexAge) / 3 }, SexGroup.allCases.map(\.rawValue))
        case "age_group": return ({ Int($0.sexAge) % 3 }, AgeGroup.allCases.map(\.rawValue))
        case "form": return ({ Int($0.at.form) }, FormGroup.allCases.map(\.rawValue))
        case "citizenship": return ({ Int($0.citizenship) }, CitizenshipGroup.allCases.map(\.rawValue))
        case "province":
            let n = Province.all.count
            return ({ min(Int($0.at.province), n) }, Province.all.map(\.code) + ["other"])
        default: return ({ sexAge[Int($0.sexAge)] }, SexAgeGroup.allCases.map(\.rawValue))
        }
    }

    /// One row per value of the breakdown, in the dimension's order.
    static func breakdownRows(_ by: String, _ cells: (String) -> [IndicatorCell]) -> [IndicatorRow] {
        switch by {
        case "sex": return rows(SexGroup.self) { cells($0.rawValue) }
        case "age_group": return rows(AgeGroup.self) { cells($0.rawValue) }
        case "form": return rows(FormGroup.self) { cells($0.rawValue) }
        case "citizenship": return rows(CitizenshipGroup.self) { cells($0.rawValue) }
        case "province": return provinceRows { cells($0 ?? "") }
        default: return rows(SexAgeGroup.self) { cells($0.rawValue) }
        }
    }

    func victimsIdentified(by: String, _ scope: Scope, _ tally: VictimTally) -> IndicatorTable {
        let (key, keys) = Self.victimKey(by)
        let people = scope.people("victims/\(by)", key: key, records: tally.records)
        let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        return IndicatorTable(
            columns: [IndicatorColumn("people", "Orang", "People", .count),
                      IndicatorColumn("records", "Catatan", "Records", .count)],
            rows: Self.breakdownRows(by) { k in row[k].map { [.count(people.perRow[$0]), .count(people.records[$0])] } ?? [.count(0), .count(0)] },
            total: totalRow([.count(people.total), .count(people.recordTotal)]))
    }

    func detectedPerPopulation(by: String, _ scope: Scope, _ tally: VictimTally) -> IndicatorTable {
        let (key, keys) = Self.victimKey(by)
        let counted = scope.people("victims/\(by)", key: key, records: tally.records)
        let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        let f = scope.filter, year = f.period.year
        var yearsUsed = Set<Int>()
        func residents(_ key: String?) -> Int? {
            let figure = figure(key)
            if let figure { yearsUsed.insert(figure.year) }
            return figure?.people
        }
        func figure(_ key: String?) -> PopulationTable.Figure? {
            guard let population else { return nil }
            switch by {
            case "sex": return population.population(year: year, provinceCode: f.provinceCode, sex: key.flatMap(SexGroup.init), age: f.ageGroup)
            case "age_group": return population.population(year: year, provinceCode: f.provinceCode, sex: f.sex, age: key.flatMap(AgeGroup.init))
            case "province": return population.population(year: year, provinceCode: key ?? f.provinceCode, sex: f.sex, age: f.ageGroup)
            default: return population.population(year: year, provinceCode: f.provinceCode, sex: f.sex, age: f.ageGroup)
            }
        }
        func cells(_ n: Int, _ pop: Int?) -> [IndicatorCell] { [.count(n), .reference(pop), .rate(numerator: n, population: pop)] }
        // An "unknown" sex or age has no population to divide by.
        let rowsOut = Self.breakdownRows(by) { k in cells(row[k].map { counted.perRow[$0] } ?? 0, k == "unknown" ? nil : residents(k)) }
        let total = totalRow(cells(counted.total, residents(nil)))
        var notes: [(id: String, en: String)] = []
        if let used = yearsUsed.max(), used != year {
            notes.append(("Penduduk tahun \(year) belum ada di file BPS; dipakai tahun \(used).",
                          "The BPS file has no population for \(year); \(used) is used."))
        }
        if population == nil || yearsUsed.isEmpty {
            notes.append(("Tidak ada angka penduduk untuk kelompok ini di file BPS yang disertakan, jadi angka per 100.000 tidak dapat dihitung.",
                          "The BPS file shipped has no population for these groups, so no rate per 100,000 can be computed."))
        }
        return IndicatorTable(
            columns: [IndicatorColumn("victims", "Korban (orang)", "Victims (people)", .count),
                      IndicatorColumn("population", "Penduduk", "Population", .reference),
                      IndicatorColumn("rate", "Per 100.000 penduduk", "Per 100,000 population", .rate)],
            rows: rowsOut, total: total, notes: notes)
    }

    func revictimisation(by: String, _ scope: Scope, _ tally: VictimTally) -> IndicatorTable {
        // Cases per person over the whole registry, not only the period: a victim found again
        // this year after a case three years ago is re-victimised now. Only a linked person can
        // be in two cases.
        let (key, keys) = Self.victimKey(by)
        let counted = scope.people("victims/\(by)", key: key, records: tally.records)
        let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        func cells(_ people: Int, _ again: Int) -> [IndicatorCell] {
            [.count(people), .count(again), .percent(numerator: again, denominator: people)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("people", "Korban (orang)", "Victims (people)", .count),
                      IndicatorColumn("again", "Dalam 2 kasus atau lebih", "In 2 cases or more", .count),
                      IndicatorColumn("share", "Persen", "Percent", .percent)],
            rows: Self.breakdownRows(by) { k in row[k].map { cells(counted.perRow[$0], counted.again[$0]) } ?? cells(0, 0) },
            total: totalRow(cells(counted.total, counted.againTotal)))
    }
}

/// Victim records per row of a breakdown: the plain count that people are made from.
struct VictimTally: Tally {
    enum Table { case identified, perPopulation, revictimisation }
    let table: Table
    let by: String
    var records: RowTotals<Int>

    init(_ table: Table, by: String) {
        self.table = table
        self.by = by
        records = RowTotals(count: IndicatorCalculator.victimKey(by).keys.count, empty: 0)
    }

    mutating func count(_ input: TallyInput) {
        let key = IndicatorCalculator.victimKey(by).key, s = input.selection, sign = input.sign
        for v in input.year.victims where s.inPeriod(v.day) && s.keeps(v.at, victimBit: SexAge.bit(v.sexAge)) {
            records.add(row: key(v)) { $0 += sign }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable {
        switch table {
        case .identified: scope.calculator.victimsIdentified(by: by, scope, self)
        case .perPopulation: scope.calculator.detectedPerPopulation(by: by, scope, self)
        case .revictimisation: scope.calculator.revictimisation(by: by, scope, self)
        }
    }
}
