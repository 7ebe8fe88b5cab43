import Cases

extension IndicatorCalculator {
    /// The breakdown value a victim record falls under.
    static func key(_ by: String, _ v: PersonFact, _ c: CaseFact) -> String {
        switch by {
        case "sex": return v.sex.rawValue
        case "age_group": return v.age.rawValue
        case "form": return c.form.rawValue
        case "citizenship": return CitizenshipGroup(citizenship: v.citizenship, abroad: c.abroad).rawValue
        case "province": return c.provinceCode
        default: return SexAgeGroup(sex: v.sex, age: v.age).rawValue
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

    func victimsIdentified(by: String, _ scope: Scope) -> IndicatorTable {
        let found = scope.victimsIdentified()
        var people: [String: Set<String>] = [:], records: [String: Int] = [:]
        var allPeople = Set<String>()
        for (v, c) in found {
            let k = Self.key(by, v, c), person = clusters.person(of: v.id)
            people[k, default: []].insert(person)
            records[k, default: 0] += 1
            allPeople.insert(person)
        }
        return IndicatorTable(
            columns: [IndicatorColumn("people", "Orang", "People", .count),
                      IndicatorColumn("records", "Catatan", "Records", .count)],
            rows: Self.breakdownRows(by) { k in [.count(people[k]?.count ?? 0), .count(records[k] ?? 0)] },
            total: totalRow([.count(allPeople.count), .count(found.count)]))
    }

    func detectedPerPopulation(by: String, _ scope: Scope) -> IndicatorTable {
        let found = scope.victimsIdentified()
        var people: [String: Set<String>] = [:]
        var allPeople = Set<String>()
        for (v, c) in found {
            let person = clusters.person(of: v.id)
            people[Self.key(by, v, c), default: []].insert(person)
            allPeople.insert(person)
        }
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
        let rowsOut = Self.breakdownRows(by) { k in cells(people[k]?.count ?? 0, k == "unknown" ? nil : residents(k)) }
        let total = totalRow(cells(allPeople.count, residents(nil)))
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

    func revictimisation(by: String, _ scope: Scope) -> IndicatorTable {
        // Cases per person over the whole registry, not only the period: a victim found again
        // this year after a case three years ago is re-victimised now.
        var people: [String: Set<String>] = [:]
        var all = Set<String>()
        for (v, c) in scope.victimsIdentified() {
            let person = clusters.person(of: v.id)
            people[Self.key(by, v, c), default: []].insert(person)
            all.insert(person)
        }
        func cells(_ group: Set<String>) -> [IndicatorCell] {
            let again = group.filter { (casesOfPerson[$0] ?? 0) > 1 }.count
            return [.count(group.count), .count(again), .percent(numerator: again, denominator: group.count)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("people", "Korban (orang)", "Victims (people)", .count),
                      IndicatorColumn("again", "Dalam 2 kasus atau lebih", "In 2 cases or more", .count),
                      IndicatorColumn("share", "Persen", "Percent", .percent)],
            rows: Self.breakdownRows(by) { cells(people[$0] ?? []) },
            total: totalRow(cells(all)))
    }
}
