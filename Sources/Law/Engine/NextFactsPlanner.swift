extension Screening {
    /// The facts to establish next. The questions about the answer come first, the one that could
    /// change it most at the top: one that could turn a verdict, then one that could raise the
    /// penalty furthest, then one that could bring in another article; ties in the order an
    /// interviewer would ask. Questions that could change nothing for this case are left out.
    /// Then the facts that change only the penalty or the rights.
    static func nextFacts(_ v: FactView, _ palermo: PalermoTest, _ national: NationalTest, verdict: NationalVerdict,
                          fork: ArticleFork?, _ rescreen: Rescreening, _ sentencing: Sentencing, _ rights: VictimRights) -> [NextFact] {
        let version = rescreen.version
        var palermoFields: [String] = []
        if palermo.verdict == .undetermined {
            if palermo.act == .unknown { palermoFields.append("acts") }
            if palermo.missing.contains(.means), palermo.means == .unknown { palermoFields.append("means") }
            if palermo.purpose == .unknown { palermoFields.append("exploitation") }
            if palermo.missing.contains(.age) { palermoFields.append("victim.age") }
        }
        var result: [NextFact] = []
        if verdict == .undetermined, version.regime == .actsAfterAssessment { result.append(NextFacts.verdict("date")) }

        let stakes = NationalStakes(v, national, rescreen, verdict: verdict, sentencing: sentencing)
        var candidates = Completion.openFields(national).filter { $0 != "adoption.promiseOrPayment" || Completion.adoptionInPlay(v) }
        for f in palermoFields where !candidates.contains(f) { candidates.append(f) }
        let vulnerability = stakes.vulnerabilityOpensPasal2
        if vulnerability, !candidates.contains("means") { candidates.append("means") }

        let ranked = candidates.map { field -> (String, NationalStakes.Change) in
            (field, field == "means" && vulnerability ? stakes.ofVulnerability() : stakes.of(field))
        }.filter { field, change in
            change.matters || palermoFields.contains(field) || fork?.decidedBy.contains(field) == true
        }.sorted { a, b in
            let (ka, kb) = (a.1.verdict || palermoFields.contains(a.0), b.1.verdict || palermoFields.contains(b.0))
            if ka != kb { return ka }
            if a.1.prisonGain != b.1.prisonGain { return a.1.prisonGain > b.1.prisonGain }
            if a.1.articles != b.1.articles { return a.1.articles }
            return interviewOrder(a.0) < interviewOrder(b.0)
        }
        for (field, change) in ranked where !result.contains(where: { $0.field == field }) {
            let affects: NextFact.Affects = change.verdict || palermoFields.contains(field) ? .verdict : .articles
            let question = field == "means" && (vulnerability || v.child == .yes) && national.offences.contains { $0.kind == .pasal2 }
                ? NextFacts.vulnerability(affects) : NextFacts.with(NextFacts.verdict(field), affects: affects)
            result.append(question)
        }
        for fact in sentencing.nextFacts + rights.nextFacts where !result.contains(where: { $0.field == fact.field }) {
            result.append(fact)
        }
        if v.facts.date == nil, !result.contains(where: { $0.field == "date" }) { result.append(NextFacts.verdict("date")) }
        return result
    }

    private static let interviewOrder = ["date", "acts", "means", "exploitation", "victim.age", "movement", "victim.citizenship",
                                         "adoption.promiseOrPayment", "stage"]

    private static func interviewOrder(_ field: String) -> Int { interviewOrder.firstIndex(of: field) ?? interviewOrder.count }
}
