import Cases
import Foundation
import Monitoring
import Store

/// Serves the indicators: reads the facts once per state of the store (the monitoring change
/// token) and decides, per reader, which disclosure rule applies.
struct MonitoringService: Sendable {
    let store: SimpulStore
    let snapshots: MonitoringSnapshots
    let population: (any PopulationFigures)?

    /// What one request works from: the counted facts and when they were read.
    struct Snapshot: Sendable {
        let calculator: IndicatorCalculator
        let readAt: Date
        /// What the store's change token was when the facts were read.
        let changeToken: MonitoringChangeToken
        /// The anonymous reports as read then, kept so that a change elsewhere does not read
        /// them all again.
        let reports: [ReportFact]
    }

    /// The counting index as the store has it now. After a change only the changed cases are
    /// read again and their records replaced; the registry is read whole only at the first
    /// request or after a large change (a bulk load), and then chunk by chunk, so that it is
    /// never in memory as whole records.
    func snapshot() async throws -> Snapshot {
        let reader = store.monitoringFacts, population = self.population, views = snapshots.views
        let token = try await reader.changeToken()
        return try await snapshots.snapshot(at: token) { previous in
            let started = Date(), today = CalendarDate(started)
            if let previous {
                // A few seconds back: another server's clock may run a little behind this one's.
                let changed = try await reader.casesChanged(since: Timestamp.string(previous.readAt.addingTimeInterval(-5)))
                if changed.count <= Self.largestRefresh {
                    // The reports are read whole, so they are read only when they changed.
                    let reportsChanged = token.reports != previous.changeToken.reports
                    // Likewise the links: a large registry has many, and reading and comparing
                    // them on every change would cost more than the change.
                    let linksChanged = token.links != previous.changeToken.links
                    var fresh = try await reader.read(asOf: today, caseIDs: changed.sorted(), reports: reportsChanged, links: linksChanged)
                    if !reportsChanged { fresh.reports = previous.reports }
                    let (index, delta) = previous.calculator.index.updated(cases: changed, with: fresh, keepingLinks: !linksChanged)
                    views.advance(to: index, by: delta)
                    return Snapshot(calculator: IndicatorCalculator(index: index, population: population, views: views), readAt: started,
                                    changeToken: token, reports: fresh.reports)
                }
            }
            var index = CountingIndex(asOf: today)
            let ids = try await reader.caseIDs()
            let chunks = stride(from: 0, to: ids.count, by: Self.chunk).map { Array(ids[$0..<min($0 + Self.chunk, ids.count)]) }
            // Two chunks read at a time: opening and decoding the records is the work, and
            // it keeps both cores busy while one chunk's facts are filed.
            try await withThrowingTaskGroup(of: MonitoringFacts.self) { group in
                var next = chunks.makeIterator()
                for _ in 0..<2 { if let c = next.next() { group.addTask { try await reader.read(asOf: today, caseIDs: c, shared: false) } } }
                while let facts = try await group.next() {
                    if let c = next.next() { group.addTask { try await reader.read(asOf: today, caseIDs: c, shared: false) } }
                    index.add(cases: facts)
                }
            }
            let shared = try await reader.read(asOf: today, caseIDs: [], shared: true)
            index.finish(shared: shared)
            Self.returnFreedMemory()
            views.reset(to: index)
            return Snapshot(calculator: IndicatorCalculator(index: index, population: population, views: views), readAt: started,
                            changeToken: token, reports: shared.reports)
        }
    }

    /// Reading the registry whole decodes every record once and frees it; glibc keeps the freed
    /// pages unless asked, and the server would then hold the peak of the read for good.
    static func returnFreedMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// Beyond this many changed cases, reading everything is as quick as patching.
    static let largestRefresh = 5_000
    /// Cases read at a time when the registry is read whole.
    static let chunk = 2_000

    /// Exact counts only for an agency's own records, read by someone of that agency who works
    /// cases; everything else (other agencies, all agencies, analysts) is protected.
    func rule(for viewer: Viewer, filter: MonitoringFilter) async throws -> DisclosureRule {
        if viewer.role != .analyst, viewer.role != .administrator, filter.agencyID == viewer.agencyID {
            return .exact()
        }
        return try .protected(k: try await store.monitoringSettings.threshold())
    }

    /// The filter a reader starts with: an agency's own records, or the whole country for the
    /// task force's administrator and analysts; the current year.
    static func defaultFilter(for viewer: Viewer, today: CalendarDate = CalendarDate(Date())) -> MonitoringFilter {
        let seesCountry = viewer.role == .analyst || viewer.role == .administrator
        return MonitoringFilter(period: .year(today.year), agencyID: seesCountry ? nil : viewer.agencyID)
    }

    /// Reads the filter from the URL. A reader who gives no agency gets the default one (their
    /// own, for agency staff); `instansi=semua` asks for all agencies explicitly.
    func filter(_ query: [String: String], viewer: Viewer, agencyIDs: Set<String>) throws -> MonitoringFilter {
        var q = query
        let all = q["instansi"] == "semua"
        if all { q["instansi"] = nil }
        let base = Self.defaultFilter(for: viewer)
        var f = try MonitoringFilter.parse(q, agencyIDs: agencyIDs, defaultPeriod: base.period)
        if f.agencyID == nil, !all, query["instansi"] == nil { f.agencyID = base.agencyID }
        return f
    }

    /// One indicator, counted and protected.
    func table(_ id: String, breakdown: String?, filter: MonitoringFilter, viewer: Viewer,
               snapshot: Snapshot) async throws -> (IndicatorDefinition, IndicatorTable, ProtectedTable) {
        let definition = try snapshot.calculator.registry.definition(id)
        let table = try snapshot.calculator.table(id, breakdown: breakdown, filter: filter)
        return (definition, table, try await rule(for: viewer, filter: filter).apply(table))
    }
}

/// The facts last read, under the change token they were read at. A change anywhere in what
/// the indicators count changes the token, and the next request reads the facts again.
actor MonitoringSnapshots {
    /// The indicators' tallies kept across snapshots and carried through each change.
    nonisolated let views = IndicatorViews()
    private var current: MonitoringService.Snapshot?
    private var reading: (MonitoringChangeToken, Task<MonitoringService.Snapshot, any Error>)?

    /// The snapshot at `token`; `read` gets the last snapshot (nil the first time) to refresh.
    func snapshot(at token: MonitoringChangeToken, read: @Sendable @escaping (MonitoringService.Snapshot?) async throws -> MonitoringService.Snapshot)
        async throws -> MonitoringService.Snapshot {
        if let current, current.changeToken == token { return current }
        // Requests that arrive while the facts are being read wait for that one read.
        if let (n, task) = reading, n == token { return try await task.value }
        let previous = current
        let task = Task { try await read(previous) }
        reading = (token, task)
        defer { if reading?.0 == token { reading = nil } }
        let s = try await task.value
        // The newest read wins: a slower read of an older state does not replace it.
        if current.map({ $0.readAt <= s.readAt }) ?? true { current = s }
        return s
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (malloc.h), which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
