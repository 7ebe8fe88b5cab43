import Foundation

/// The legal screening engine: facts in, what the law makes of them out.
public enum Screening {
    /// Screens one case. `today` is the assessment day when the facts give no `asOf`; pass a
    /// fixed date in tests so that answers do not change with the calendar.
    public static func screen(_ facts: CaseFacts, today: Date) -> ScreeningResult {
        screen(facts, asOf: facts.asOf ?? CivilDate(today))
    }

    /// Screens one case, assessed on `asOf` unless the facts give their own `asOf`.
    public static func screen(_ facts: CaseFacts, asOf defaultAsOf: CivilDate) -> ScreeningResult {
        let asOf = facts.asOf ?? defaultAsOf
        let v = FactView(facts)
        let version = LawVersion(date: facts.date, asOf: asOf)
        let palermo = PalermoTest(v)
        let national = NationalTest(v, version: version)
        let rescreen = Rescreening(version)
        let forked = ForkFinder(v, national, rescreen)
        let fork = forked?.fork
        let verdict = forked == nil ? national.verdict : .offence
        let sentencing = forked?.merged(v) ?? Sentencing(v, national, version)
        let rights = VictimRights(v, palermo, national, version)
        let lawText = version.explanation(uu21PenaltyApplied: sentencing.uu21PenaltyApplied)
        let penaltyCitation = fork.map { f in Self.distinct(f.alternatives.compactMap { $0.penaltyProvision }).joined(separator: " / ") }
            ?? sentencing.penaltyProvision.map { ProvisionCatalogue.provision($0).citation }

        let finding = NationalFinding(
            verdict: verdict, articles: sentencing.articles, penalty: sentencing.penalty,
            penaltyProvision: penaltyCitation, lawApplied: lawText.en + " | " + lawText.id, lawAppliedText: lawText,
            lawVersion: version.regime.rawValue, provisions: sentencing.provisions,
            additionalPenalties: sentencing.additional, corporatePenalty: sentencing.corporate, fork: fork)
        let explanation = palermo.lines + national.lines + (forked.map(Self.forkLines) ?? []) + sentencing.lines + rights.lines
        let next = Screening.nextFacts(v, palermo, national, verdict: verdict, fork: fork, rescreen, sentencing, rights)
        let cited = explanation.map { $0.provisionID } + sentencing.provisions.map { $0.provisionID } + rights.provisions
            + versionProvisions(version) + (version.assessable ? definitions(v) : [])

        return ScreeningResult(
            assessed: .init(date: facts.date, asOf: asOf),
            palermo: PalermoFinding(verdict: palermo.verdict, missing: palermo.missing),
            national: finding,
            victimRights: rights.rights,
            instruments: Instruments.engaged(v, palermo, national),
            divergences: Divergences.find(v, palermo, national, verdict: verdict),
            explanation: explanation,
            nextFacts: next,
            unsettled: sentencing.unsettled,
            notes: Notes.find(v, palermo, national, applied: sentencing.articles),
            sources: SourceIndex.refs(for: cited))
    }

    /// The Pasal 1 definitions the national reasoning rests on, so their provenance is listed too.
    private static func definitions(_ v: FactView) -> [ProvisionID] {
        var ids: [ProvisionID] = [.uu21Def1, .uu21Def2, .uu21Def7]
        if v.facts.victim.age != nil { ids.append(.uu21Def5) }
        if v.has(.recruitment) { ids.append(.uu21Def9) }
        if v.has(.sending) { ids.append(.uu21Def10) }
        if v.means?.contains(.threatOfForce) == true { ids.append(.uu21Def12) }
        if v.means?.contains(.useOfForce) == true { ids.append(.uu21Def11) }
        if v.means?.contains(.debtBondage) == true { ids.append(.uu21Def15) }
        if v.types?.contains(.sexualExploitation) == true { ids.append(.uu21Def8) }
        if v.facts.perpetrator.corporation == true { ids += [.uu21Def4, .uu21Def6] }
        ids += [.uu21Def3, .uu21Def13, .uu21Def14]
        return ids
    }

    /// The provisions behind the choice of law version.
    private static func versionProvisions(_ version: LawVersion) -> [ProvisionID] {
        switch version.regime {
        case .lighterLaterLaw, .kuhpEitherWay: [.kuhp3, .kuhp622, .uu1of2026VII40]
        case .kuhp: [.kuhp622, .uu1of2026VII40]
        case .uu21, .beforeUU21, .actsAfterAssessment: []
        }
    }
}
