import Cases
import Coordination

/// Counts the indicators from the facts. One instance serves many requests: the indexes it
/// builds (victims by case, people clusters) are made once per set of facts.
public struct IndicatorCalculator: Sendable {
    public let facts: MonitoringFacts
    public let registry: IndicatorRegistry
    let clusters: PeopleClusters
    let victimsByCase: [String: [PersonFact]]
    let population: (any PopulationFigures)?
    /// Built once per set of facts, not per request: the cases each person is a victim in, and
    /// the days from each case's opening to the first thing done on it.
    let casesOfPerson: [String: Int]
    let firstAction: [String: Int]
    /// The law each conviction rests on and its special minimum, read from the articles' text
    /// once per set of facts rather than at every request.
    let lawOfTrack: [String: (law: LawCategory, minimumMonths: Int?)]
    let suspectsByID: [String: PersonFact]
    /// Victim records that received each service (delivered), and any service.
    let served: [ProtectionService: Set<String>]
    let servedAny: Set<String>
    /// Victim records by the year their case was opened: a period lies within one year, so a
    /// request reads that year's records only.
    let victimsByYear: [Int: [PersonFact]]

    public init(facts: MonitoringFacts, registry: IndicatorRegistry = .shipped, population: (any PopulationFigures)? = nil) {
        self.facts = facts
        self.registry = registry
        self.population = population
        let clusters = PeopleClusters(links: facts.confirmedLinks)
        self.clusters = clusters
        victimsByCase = Dictionary(grouping: facts.victims, by: \.caseID)
        var cases: [String: Set<String>] = [:]
        for v in facts.victims { cases[clusters.person(of: v.id), default: []].insert(v.caseID) }
        casesOfPerson = cases.mapValues(\.count)
        firstAction = Self.firstActionDays(facts)
        var law: [String: (law: LawCategory, minimumMonths: Int?)] = [:]
        for t in facts.tracks {
            guard let v = t.verdict else { continue }
            law[t.id] = (LawCategory(articles: v.articles), LawCategory.statutoryMinimumMonths(articles: v.articles))
        }
        lawOfTrack = law
        suspectsByID = Dictionary(facts.suspects.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var served: [ProtectionService: Set<String>] = [:]
        for s in facts.services where s.status == .delivered { served[s.service, default: []].insert(s.victimID) }
        self.served = served
        servedAny = served.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        victimsByYear = Dictionary(grouping: facts.victims) { facts.cases[$0.caseID]?.openedOn.year ?? 0 }
    }

    /// The true table of one indicator. Unknown indicators and breakdowns are refused.
    public func table(_ id: String, breakdown: String? = nil, filter: MonitoringFilter) throws(MonitoringError) -> IndicatorTable {
        let definition = try registry.definition(id)
        let by = try definition.breakdown(breakdown)
        let scope = Scope(filter: filter, calculator: self)
        switch id {
        case "victims_identified": return victimsIdentified(by: by, scope)
        case "sdg_16_2_2": return detectedPerPopulation(by: by, scope)
        case "justice_funnel": return justiceFunnel(scope)
        case "justice_persons": return justicePersons(by: by, scope)
        case "convictions_by_law": return convictionsByLaw(scope)
        case "restitution": return restitution(by: by, scope)
        case "services_on_time": return servicesOnTime(by: by, scope)
        case "service_coverage": return serviceCoverage(scope)
        case "referrals": return referrals(by: by, scope)
        case "public_reports": return publicReports(by: by, scope)
        case "reporting_delay": return reportingDelay(by: by, scope)
        case "revictimisation": return revictimisation(by: by, scope)
        case "workload": return workload(scope)
        case "completeness": return completeness(scope)
        default: throw .unknownIndicator(id, allowed: registry.indicators.map(\.id))
        }
    }

    /// The ids this calculator can count; a registry entry outside it is a defect a test catches.
    public static let counted: Set<String> = [
        "victims_identified", "sdg_16_2_2", "justice_funnel", "justice_persons", "convictions_by_law", "restitution",
        "services_on_time", "service_coverage", "referrals", "public_reports", "reporting_delay", "revictimisation",
        "workload", "completeness",
    ]
}

extension IndicatorCalculator {
    /// One row per agency among `ids`, in the agencies' order.
    func agencyRows(_ ids: Set<String>, _ cells: (String) -> [IndicatorCell]) -> [IndicatorRow] {
        facts.agencies.filter { ids.contains($0.id) }.map { IndicatorRow(key: $0.id, label: ($0.name, $0.name), cells: cells($0.id)) }
    }
}

/// Which records a filter keeps.
struct Scope {
    let filter: MonitoringFilter
    let calculator: IndicatorCalculator

    var period: Period { filter.period }

    /// The case passes the case-level filters: province, agency involved, form, and — when a
    /// victim filter is set — at least one victim who passes it.
    func keeps(caseID: String) -> CaseFact? {
        guard let c = calculator.facts.cases[caseID] else { return nil }
        if let p = filter.provinceCode, c.provinceCode != p { return nil }
        if let a = filter.agencyID, !c.agencyIDs.contains(a) { return nil }
        if let f = filter.form, c.form != f { return nil }
        if filter.sex != nil || filter.ageGroup != nil {
            guard calculator.victimsByCase[caseID, default: []].contains(where: keeps(victim:)) else { return nil }
        }
        return c
    }

    func keeps(victim v: PersonFact) -> Bool {
        if let s = filter.sex, v.sex != s { return false }
        if let a = filter.ageGroup, v.age != a { return false }
        return true
    }

    /// Victim records of kept cases opened in the period, with their case.
    func victimsIdentified() -> [(PersonFact, CaseFact)] {
        (calculator.victimsByYear[period.year] ?? []).compactMap { v in
            guard keeps(victim: v), let c = keeps(caseID: v.caseID), period.contains(c.openedOn) else { return nil }
            return (v, c)
        }
    }
}

/// Population figures for rates (BPS). nil where no figure exists.
public protocol PopulationFigures: Sendable {
    func population(year: Int, provinceCode: String?, sex: SexGroup?, age: AgeGroup?) -> PopulationTable.Figure?
}

extension PopulationTable: PopulationFigures {
    public func population(year: Int, provinceCode: String?, sex: SexGroup?, age: Monitoring.AgeGroup?) -> Figure? {
        // An unknown sex or age has no population: nil, not the whole population.
        let s: Sex?? = switch sex { case nil: .some(nil); case .female?: .some(.female); case .male?: .some(.male); case .unknown?: .none }
        let a: PopulationTable.AgeGroup?? = switch age { case nil: .some(nil); case .child?: .some(.children); case .adult?: .some(.adults); case .unknown?: .none }
        guard let s, let a else { return nil }
        return population(year: year, province: provinceCode, sex: s, ageGroup: a)
    }
}

/// The median of a list of day counts (the mean of the two middle values for an even count).
func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    let mid = s.count / 2
    return s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
}

/// Rows for every value of a dimension, in its declared order.
func rows<D: Dimension>(_ type: D.Type, _ cells: (D) -> [IndicatorCell]) -> [IndicatorRow] {
    D.allCases.map { d in IndicatorRow(key: d.rawValue, label: d.label, cells: cells(d)) }
}

func provinceRows(_ cells: (String?) -> [IndicatorCell]) -> [IndicatorRow] {
    Province.all.map { p in IndicatorRow(key: p.code, label: (p.name, p.name), cells: cells(p.code)) }
}

func totalRow(_ cells: [IndicatorCell]) -> IndicatorRow {
    IndicatorRow(key: "total", label: ("Jumlah", "Total"), cells: cells)
}
