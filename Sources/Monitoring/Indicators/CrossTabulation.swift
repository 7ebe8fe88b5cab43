extension IndicatorCalculator {
    /// Detected victims (people) by sex and age down, form of exploitation across: the table
    /// GLOTIP's questionnaire asks for. A person whose records fall in two cells counts in each.
    public func victimsBySexAgeAndForm(filter: MonitoringFilter) -> IndicatorTable {
        let scope = Scope(filter: filter, calculator: self)
        var cells: [SexAgeGroup: [FormGroup: Set<String>]] = [:]
        var byForm: [FormGroup: Set<String>] = [:]
        for (v, c) in scope.victimsIdentified() {
            let person = clusters.person(of: v.id)
            cells[SexAgeGroup(sex: v.sex, age: v.age), default: [:]][c.form, default: []].insert(person)
            byForm[c.form, default: []].insert(person)
        }
        let forms = FormGroup.allCases
        return IndicatorTable(
            columns: forms.map { IndicatorColumn($0.rawValue, $0.label.id, $0.label.en, .count) },
            rows: rows(SexAgeGroup.self) { g in forms.map { .count(cells[g]?[$0]?.count ?? 0) } },
            total: totalRow(forms.map { .count(byForm[$0]?.count ?? 0) }))
    }
}
