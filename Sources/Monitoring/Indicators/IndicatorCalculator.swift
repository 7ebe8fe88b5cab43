import Cases
import Coordination

/// Counts the indicators from the counting index. One instance serves many requests; each
/// request reads the one year its period lies in.
public struct IndicatorCalculator: Sendable {
    public let index: CountingIndex
    public let registry: IndicatorRegistry
    let population: (any PopulationFigures)?
    /// Tallies kept from earlier requests and carried through changes; nil counts every request.
    let views: IndicatorViews?

    public init(index: CountingIndex, registry: IndicatorRegistry = .shipped, population: (any PopulationFigures)? = nil,
                views: IndicatorViews? = nil) {
        self.index = index
        self.registry = registry
        self.population = population
        self.views = views
    }

    /// Builds the index of these facts first (tests and one-off counts).
    public init(facts: MonitoringFacts, registry: IndicatorRegistry = .shipped, population: (any PopulationFigures)? = nil) {
        self.init(index: CountingIndex(facts: facts), registry: registry, population: population)
    }

    /// This calculator counting every table afresh: for sweeps over many filters (an export of
    /// every province and year) that would only push the readers' kept tallies out.
    public var countingAfresh: IndicatorCalculator {
        IndicatorCalculator(index: index, registry: registry, population: population, views: nil)
    }

    /// The true table of one indicator. Unknown indicators and breakdowns are refused.
    public func table(_ id: String, breakdown: String? = nil, filter: MonitoringFilter) throws(MonitoringError) -> IndicatorTable {
        let definition = try registry.definition(id)
        let by = try definition.breakdown(breakdown)
        let scope = Scope(filter: filter, calculator: self)
        guard let empty = Self.tally(id, by: by) else { throw .unknownIndicator(id, allowed: registry.indicators.map(\.id)) }
        let key = IndicatorViews.Key(filter: filter, indicator: id, breakdown: by)
        guard let views else { return empty.counted(scope).table(scope) }
        return views.table(key, empty: empty, scope)
    }

    /// An indicator's tally before anything is counted; nil for an id this calculator lacks.
    static func tally(_ id: String, by: String) -> (any Tally)? {
        switch id {
        case "victims_identified": VictimTally(.identified, by: by)
        case "sdg_16_2_2": VictimTally(.perPopulation, by: by)
        case "revictimisation": VictimTally(.revictimisation, by: by)
        case "justice_funnel": FunnelTally()
        case "justice_persons": SuspectTally(by: by)
        case "convictions_by_law": ConvictionTally()
        case "restitution": RestitutionTally(by: by)
        case "services_on_time": ServicesTally(by: by)
        case "service_coverage": CoverageTally()
        case "referrals": ReferralTally(by: by)
        case "public_reports": ReportTally(by: by)
        case "reporting_delay": DelayTally(by: by)
        case "workload": WorkloadTally()
        case "completeness": CompletenessTally()
        default: nil
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
    /// One row per agency among `numbers` (the index's agency numbers), in the agencies' order.
    func agencyRows(_ numbers: Set<UInt16>, _ cells: (UInt16) -> [IndicatorCell]) -> [IndicatorRow] {
        index.agencies.compactMap { a in
            guard let n = index.vocabulary.existingAgency(a.id), numbers.contains(n) else { return nil }
            return IndicatorRow(key: a.id, label: (a.name, a.name), cells: cells(n))
        }
    }
}

/// What one request counts: the filter in the index's numbers, and the year partition it reads.
struct Scope {
    let filter: MonitoringFilter
    let selection: Selection
    let year: YearPartition
    let calculator: IndicatorCalculator
    /// Linked people's corrections kept from the table's last making (`IndicatorViews`), and
    /// where this making leaves its own; nil makes each one afresh.
    var memo: LinkedMemo?

    init(filter: MonitoringFilter, calculator: IndicatorCalculator) {
        self.filter = filter
        self.calculator = calculator
        selection = Selection(filter, vocabulary: calculator.index.vocabulary)
        year = calculator.index.partition(filter.period.year)
    }

    var period: Period { filter.period }
    var asOf: Int32 { Int32(calculator.index.asOf.dayNumber) }

    /// Victim records of kept cases opened in the period who pass the victim filter.
    func eachVictim(_ body: (VictimRecord) -> Void) {
        let s = selection
        for v in year.victims where s.inPeriod(v.day) && s.keeps(v.at, victimBit: SexAge.bit(v.sexAge)) { body(v) }
    }
}

/// Victims counted as people and as records, per breakdown row and in all.
struct CountedPeople {
    var perRow: [Int]
    var total: Int
    let records: [Int]
    let recordTotal: Int
    /// People who are victims in two cases or more, over the whole registry.
    var again: [Int]
    var againTotal: Int
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
