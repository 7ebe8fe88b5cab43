import Cases
import Coordination

/// What the indicators count from: every record of the registry reduced to a few small numbers
/// and filed under the year of its counting date. A request reads one year; a change to a case
/// replaces that case's records in the years they lie in, so the index after a change costs the
/// change, not the registry, and the indicators are never counted from a stale copy.
public struct CountingIndex: Sendable {
    var years: [Int: YearPartition] = [:]
    var vocabulary = IndexVocabulary()
    var caseYears = CaseYears()
    public private(set) var agencies: [Agency] = []
    var agencyKinds: [String: Agency.Kind] = [:]
    var staff: [String: Int] = [:]
    public private(set) var asOf: CalendarDate
    /// The confirmed links the people were joined by, each as its two records' keys in order:
    /// kept only to see whether the links changed, in 16 bytes a link instead of two strings.
    var links: [SIMD2<UInt64>] = []
    var people = IndexPeople()
    /// Which index this is: an index built afresh gets a new lineage, and each change after
    /// it a new version, so that tallies kept beside it (`IndicatorViews`) know whether a
    /// change's difference takes them to this index.
    public private(set) var lineage = UInt64.random(in: 1...UInt64.max)
    public private(set) var version: UInt64 = 0
    /// The version at which the records counted through their person (linked victims, and
    /// suspect events that are linked or a step reached twice) or the links last changed: a
    /// linked people's correction made at this version still holds (`LinkedCorrections`).
    public private(set) var linkedVersion: UInt64 = 0
    /// Records in the index, for the "how this is counted" page and the benchmarks.
    public var recordCount: Int { years.values.reduce(0) { $0 + $1.victims.count + $1.cases.count + $1.services.count + $1.referrals.count } }

    /// The index of these facts, built whole.
    public init(facts: MonitoringFacts) {
        asOf = facts.asOf
        adopt(shared: facts)
        add(cases: facts)
        finish(touched: Set(years.keys))
    }

    /// An empty index, to be filled chunk by chunk (`add(cases:)`) and then `finish(shared:)`:
    /// the registry is never held in memory as whole records, only as this index.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    /// Files the case-bound facts of a chunk of cases (their cases, persons and records).
    public mutating func add(cases facts: MonitoringFacts) {
        for (year, records) in file(cases: facts) { years[year, default: YearPartition()].append(cases: records) }
    }

    /// The records of these cases, by year, with the per-case year map noted.
    private mutating func file(cases facts: MonitoringFacts) -> [Int: YearPartition] {
        if agencyKinds.isEmpty { agencyKinds = Dictionary(facts.agencies.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a }) }
        let grouped = CaseFactsGroup.group(facts)
        var filed: [Int: YearPartition] = [:]
        for (id, c) in facts.cases {
            let number = caseYears.newNumber()
            let filer = CaseRecordFiler(caseNumber: number, caseFact: c, group: grouped[id] ?? CaseFactsGroup(), agencyKinds: agencyKinds)
            caseYears.file(RecordKey.of(id), number: number, years: filer.file(into: &filed, vocabulary: &vocabulary))
        }
        return filed
    }

    /// Takes the facts read whole on every refresh (reports, links, agencies, staff, the day)
    /// and finds again the records that must be counted through the set of people.
    public mutating func finish(shared facts: MonitoringFacts) {
        adopt(shared: facts)
        finish(touched: Set(years.keys))
    }

    /// This index with the records of `caseIDs` replaced by those in `fresh` (a case absent
    /// from `fresh` is gone), and the shared facts taken from `fresh`.
    public func updating(cases caseIDs: Set<String>, with fresh: MonitoringFacts) -> CountingIndex {
        updated(cases: caseIDs, with: fresh).index
    }

    /// As `updating`, with the records the change took away and added: the difference that
    /// takes a tally of this index to one of the new index.
    /// With `keepingLinks` the links of `fresh` are not read: the caller knows they are unchanged.
    public func updated(cases caseIDs: Set<String>, with fresh: MonitoringFacts, keepingLinks: Bool = false) -> (index: CountingIndex, delta: IndexDelta) {
        var out = self
        var numbers = Set<UInt32>()
        var touched = Set<Int>()
        var everyYear = false
        for key in Set(caseIDs.map(RecordKey.of)) {
            guard let entry = out.caseYears.removeValue(forKey: key) else { continue }
            numbers.insert(entry.number)
            if let years = CaseYears.years(of: entry.years) { touched.formUnion(years) } else { everyYear = true }
        }
        if everyYear { touched = Set(out.years.keys) }
        var delta = IndexDelta(lineage: lineage, from: version, to: version + 1)
        let taken = CaseNumbers(numbers)
        for year in touched {
            if let gone = out.years[year]?.remove(cases: taken) { delta.removed[year] = gone }
        }
        var narrowed = fresh
        narrowed.cases = fresh.cases.filter { caseIDs.contains($0.key) }
        delta.added = out.file(cases: narrowed)
        var appendedFrom: [Int: (victims: Int, suspectEvents: Int)] = [:]
        for (year, records) in delta.added {
            let partition = out.years[year]
            appendedFrom[year] = (partition?.victims.count ?? 0, partition?.suspectEvents.count ?? 0)
            out.years[year, default: YearPartition()].append(cases: records)
        }
        let linksChanged = out.adopt(shared: fresh, keepingLinks: keepingLinks)
        // Cases per linked person change only with the links or with a linked person's records.
        let linkedTouched = linksChanged || [delta.removed, delta.added].contains { side in
            side.values.contains { p in p.victims.contains { out.people.isLinked($0.person.key) } }
        }
        // Suspect events are counted through their person when linked or when a step is
        // reached twice in a case, so either kind in the change moves the linked version.
        let suspectsTouched = [delta.removed, delta.added].contains { side in
            side.values.contains { p in p.suspectEvents.contains { $0.repeated || out.people.isLinked($0.person.key) } }
        }
        if linksChanged || linkedTouched || suspectsTouched { out.linkedVersion = out.version + 1 }
        if linksChanged {
            out.finish(touched: Set(out.years.keys))
        } else {
            // The removals have already moved the groups' positions; the records added join them.
            for (year, from) in appendedFrom {
                out.years[year]?.markPeople(out.people, victimsFrom: from.victims, suspectEventsFrom: from.suspectEvents)
            }
            if linkedTouched { out.people.countCases(out.years.values) }
        }
        out.version += 1
        return (out, delta)
    }

    /// Reports, links, agencies, staff and the day; true when the links changed.
    @discardableResult
    mutating func adopt(shared facts: MonitoringFacts, keepingLinks: Bool = false) -> Bool {
        asOf = facts.asOf
        agencies = facts.agencies
        agencyKinds = Dictionary(facts.agencies.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        staff = facts.staff
        for a in facts.agencies { _ = vocabulary.agency(a.id) }
        for y in years.keys { years[y]?.reports.removeAll() }
        for r in facts.reports {
            let record = ReportRecord(day: Int32(r.receivedOn.dayNumber),
                                      replyDays: r.firstReplyOn.map { Int32(r.receivedOn.days(until: $0)) } ?? IndexDay.none,
                                      becameCase: r.caseID != nil, agency: vocabulary.agency(r.agencyID),
                                      province: r.provinceCode.map(ProvinceNumber.of) ?? Coordinates.noProvince)
            years[r.receivedOn.year, default: YearPartition()].reports.append(record)
        }
        if keepingLinks { return false }
        let sorted = facts.confirmedLinks.map { link -> SIMD2<UInt64> in
            let a = RecordKey.of(link.0), b = RecordKey.of(link.1)
            return SIMD2(min(a, b), max(a, b))
        }.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        guard sorted != links else { return false }
        links = sorted
        people = IndexPeople(links: facts.confirmedLinks)
        return true
    }

    /// Finds the linked records of these years afresh, and the cases of each linked person.
    mutating func finish(touched: Set<Int>) {
        for year in touched { years[year]?.markPeople(people) }
        people.countCases(years.values)
    }

    /// The partition of a year; empty when nothing happened in it.
    func partition(_ year: Int) -> YearPartition { years[year] ?? YearPartition() }
}

/// Person records joined into people by confirmed links, by their keys.
struct IndexPeople: Sendable {
    /// Each linked record's person (the key of the record that stands for the cluster).
    private(set) var clusterOf: [UInt64: UInt64] = [:]
    /// Cases each linked person is a victim in; a person of one record is in one case.
    var casesOf: [UInt64: Int] = [:]
    /// A bit for each linked record's key, in 16 bits a linked record: most records are linked
    /// to no other, and a change reads every record of its year, so most are told apart by one
    /// bit instead of a dictionary lookup. A set bit may be another key's; the dictionary decides.
    private var maybeLinked: [UInt64] = [0]
    private var shift: UInt64 = 58

    init() {}

    init(links: [(String, String)]) {
        let clusters = PeopleClusters(links: links)
        for (a, b) in links {
            for id in [a, b] { clusterOf[RecordKey.of(id)] = RecordKey.of(clusters.person(of: id)) }
        }
        let wanted = max(64, clusterOf.count * 16)
        let bits = 1 << (Int.bitWidth - (wanted - 1).leadingZeroBitCount)
        shift = UInt64(64 - bits.trailingZeroBitCount)
        maybeLinked = [UInt64](repeating: 0, count: bits / 64)
        for key in clusterOf.keys {
            let b = bit(key)
            maybeLinked[b >> 6] |= 1 << UInt64(b & 63)
        }
    }

    /// The key's bit: the key's multiple by a large odd constant, top bits (Fibonacci hashing),
    /// so that keys alike in their low bits still spread.
    @inline(__always) private func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The record is linked to another of the same person.
    @inline(__always) func isLinked(_ key: UInt64) -> Bool {
        let b = bit(key)
        return maybeLinked[b >> 6] & (1 << UInt64(b & 63)) != 0 && clusterOf[key] != nil
    }

    func person(_ key: UInt64) -> UInt64 { clusterOf[key] ?? key }

    mutating func countCases(_ partitions: Dictionary<Int, YearPartition>.Values) {
        var cases: [UInt64: Set<UInt32>] = [:]
        for p in partitions {
            for (group, person) in zip(p.linkedVictims, p.linkedVictims.people) {
                for i in group { cases[person, default: []].insert(p.victims[Int(i)].caseNumber) }
            }
        }
        casesOf = cases.mapValues(\.count)
    }
}
