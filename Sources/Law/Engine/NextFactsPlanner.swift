extension Screening {
    /// The facts to establish next: first those that would decide an undetermined verdict, in the
    /// order an interviewer would ask them, then those that change the penalty or the rights.
    static func nextFacts(_ v: FactView, _ palermo: PalermoTest, _ national: NationalTest, _ version: LawVersion,
                          _ sentencing: Sentencing, _ rights: VictimRights) -> [NextFact] {
        var fields: [String] = []
        if palermo.verdict == .undetermined {
            if palermo.act == .unknown { fields.append("acts") }
            if palermo.missing.contains(.means), palermo.means == .unknown { fields.append("means") }
            if palermo.purpose == .unknown { fields.append("exploitation") }
            if palermo.missing.contains(.age) { fields.append("victim.age") }
        }
        if national.verdict == .undetermined {
            if version.regime == .actsAfterAssessment { fields.append("date") }
            for o in national.offences where o.value == .unknown {
                fields += o.unknownFacts.map { $0.hasPrefix("exploitation") ? "exploitation" : $0 }
            }
        }
        let order = ["date", "acts", "means", "exploitation", "victim.age", "movement", "victim.citizenship",
                     "adoption.promiseOrPayment", "stage"]
        var result: [NextFact] = []
        for f in order where fields.contains(f) { result.append(NextFacts.verdict(f)) }
        for f in fields where !order.contains(f) && !result.contains(where: { $0.field == f }) {
            result.append(NextFacts.verdict(f))
        }
        for fact in sentencing.nextFacts + rights.nextFacts where !result.contains(where: { $0.field == fact.field }) {
            result.append(fact)
        }
        if v.facts.date == nil, !result.contains(where: { $0.field == "date" }) { result.append(NextFacts.verdict("date")) }
        return result
    }
}
