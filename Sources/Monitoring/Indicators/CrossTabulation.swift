extension IndicatorCalculator {
    /// Detected victims (people) by sex and age down, form of exploitation across: the table
    /// GLOTIP's questionnaire asks for. A person whose records fall in two cells counts in each.
    public func victimsBySexAgeAndForm(filter: MonitoringFilter) -> IndicatorTable {
        let scope = Scope(filter: filter, calculator: self)
        let forms = FormGroup.allCases, groups = SexAgeGroup.allCases
        let sexAge = (0..<9).map { SexAgeGroup(sex: SexAge.sex(UInt8($0)), age: SexAge.age(UInt8($0))).index }
        let cells = scope.people(key: { sexAge[Int($0.sexAge)] * forms.count + Int($0.at.form) }, rows: groups.count * forms.count)
        let byForm = scope.people(key: { Int($0.at.form) }, rows: forms.count)
        return IndicatorTable(
            columns: forms.map { IndicatorColumn($0.rawValue, $0.label.id, $0.label.en, .count) },
            rows: rows(SexAgeGroup.self) { g in forms.indices.map { .count(cells.perRow[g.index * forms.count + $0]) } },
            total: totalRow(forms.indices.map { .count(byForm.perRow[$0]) }))
    }
}
