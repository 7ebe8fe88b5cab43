import Cases
import Foundation
import Monitoring
import Store
import Synchronization

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
    /// read again and their records replaced. From cold (the first request, or after a large
    /// change) each case's records are read as filed in the store (M035), and only the cases
    /// filed before their last change, or never, are read from the registry and filed anew.
    func snapshot() async throws -> Snapshot {
        let reader = store.monitoringFacts, population = self.population, views = snapshots.views
        let token = try await reader.changeToken()
        return try await snapshots.snapshot(at: token) { previous in
            let started = Date(), today = CalendarDate(started)
            let since = started.addingTimeInterval(-Self.clockMargin)
            if let previous {
                let changed = try await reader.casesChanged(since: Timestamp.string(previous.readAt.addingTimeInterval(-Self.clockMargin)))
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
                    // Filed after the readers have their snapshot: they wait for no write, and a
                    // save that lands late or not at all only leaves the case stale.
                    let store = self.store
                    Task { await Self.keep(FiledCases.encode(fresh), in: store, since: since) }
                    return Snapshot(calculator: IndicatorCalculator(index: index, population: population, views: views), readAt: started,
                                    changeToken: token, reports: fresh.reports)
                }
            }
            var index = try await Self.coldIndex(store: store, today: today, since: since).index
            let shared = try await reader.read(asOf: today, caseIDs: [], shared: true)
            index.finish(shared: shared)
            Self.returnFreedMemory()
            views.reset(to: index)
            return Snapshot(calculator: IndicatorCalculator(index: index, population: population, views: views), readAt: started,
                            changeToken: token, reports: shared.reports)
        }
    }

    /// Every case's records: the filed ones read page by page (the next page read while one is
    /// filed), then the stale cases read from the registry chunk by chunk, two chunks at a
    /// time, filed and kept. The registry is never in memory as whole records.
    static func coldIndex(store: SimpulStore, today: CalendarDate, since: Date) async throws -> ColdStart {
        let filedCases = store.monitoringFiledCases, reader = store.monitoringFacts, format = FiledCases.format
        var index = CountingIndex(asOf: today)
        let stale = try await filedCases.stale(format: format)
        let agencies = try await store.agencies.all()
        var unread = Set<String>()
        var filedCount = 0
        var next = Task { try await filedCases.page(after: nil, limit: filedPage, format: format) }
        while true {
            let page = try await next.value
            guard let last = page.last?.caseID else { break }
            next = Task { try await filedCases.page(after: last, limit: filedPage, format: format) }
            let usable = page.filter { !stale.contains($0.caseID) }
            let unreadable = index.add(filed: usable, agencies: agencies)
            filedCount += usable.count - unreadable.count
            unread.formUnion(unreadable)
        }
        let ids = stale.union(unread).sorted()
        let chunks = stride(from: 0, to: ids.count, by: chunk).map { Array(ids[$0..<min($0 + chunk, ids.count)]) }
        // Opening and decoding the records is the work: two chunks keep both cores busy.
        try await withThrowingTaskGroup(of: [(caseID: String, bytes: [UInt8])].self) { group in
            var pending = chunks.makeIterator()
            func read(_ c: [String]) {
                group.addTask { FiledCases.encode(try await reader.read(asOf: today, caseIDs: c, shared: false)) }
            }
            for _ in 0..<2 { if let c = pending.next() { read(c) } }
            while let filed = try await group.next() {
                if let c = pending.next() { read(c) }
                // Filed through the same bytes the store keeps, so both ways file alike.
                let unreadable = index.add(filed: filed, agencies: agencies)
                assert(unreadable.isEmpty, "a case filed just now reads back")
                await keep(filed, in: store, since: since)
            }
        }
        return ColdStart(index: index, fromFiled: filedCount, fromRegistry: ids.count)
    }

    /// The index a cold start built (not yet given the facts read whole), and how many cases
    /// came from their filed records and how many from the registry.
    struct ColdStart {
        var index: CountingIndex
        let fromFiled: Int
        let fromRegistry: Int
    }

    /// Keeps filed records for the next cold start. A failure loses nothing: records not kept,
    /// or kept before a later change, are found stale and read from the registry again.
    static func keep(_ filed: [(caseID: String, bytes: [UInt8])], in store: SimpulStore, since: Date) async {
        guard !filed.isEmpty else { return }
        try? await store.monitoringFiledCases.save(filed, format: FiledCases.format, freshSince: since)
    }

    /// Reading the registry whole decodes every record once and frees it; glibc keeps the freed
    /// pages unless asked, and the server would then hold the peak of the read for good.
    static func returnFreedMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// The same, at most once every `trimInterval`: kept tallies are let go an eighth at a time,
    /// often under many filters, and each time the freed entries lie scattered over the heap
    /// (after the varied-filters benchmark at 1M, trimming by hand returned 62 of 495 MiB).
    /// Trimming walks the heap under its locks, so it is not done on every eviction.
    static func returnFreedMemorySoon(now: Date = Date()) {
        let seconds = Int64(now.timeIntervalSince1970)
        let last = lastTrim.load(ordering: .relaxed)
        guard seconds - last >= trimInterval,
              lastTrim.compareExchange(expected: last, desired: seconds, ordering: .relaxed).exchanged else { return }
        returnFreedMemory()
    }

    static let trimInterval: Int64 = 10
    private static let lastTrim = Atomic<Int64>(0)

    /// How far back a read looks for changes, and how much earlier than the read its filed
    /// records count as fresh: another server's clock may run a little behind this one's.
    static let clockMargin: TimeInterval = 5
    /// Beyond this many changed cases, building the index again from the filed records is as
    /// quick as patching it.
    static let largestRefresh = 5_000
    /// Cases read from the registry at a time.
    static let chunk = 2_000
    /// Filed cases read from the store at a time.
    static let filedPage = 20_000

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
    /// Every indicator's table for the filter, in the registry's order, as the dashboard shows them.
    func dashboardTables(_ snapshot: Snapshot, filter: MonitoringFilter) async throws -> [IndicatorTable] {
        try await snapshots.tables(snapshot, filter: filter)
    }

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
    nonisolated let views = IndicatorViews(afterEviction: { MonitoringService.returnFreedMemorySoon() })
    private var current: MonitoringService.Snapshot?
    private var reading: (MonitoringChangeToken, Task<MonitoringService.Snapshot, any Error>)?
    private var making: [TablesKey: Task<[IndicatorTable], any Error>] = [:]

    private struct TablesKey: Hashable {
        let lineage: UInt64
        let version: UInt64
        let asOf: CalendarDate
        let filter: MonitoringFilter
    }

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

    /// Every indicator's table for `filter` (by its default breakdown) in the snapshot, made
    /// once for all the readers that ask at the same moment. After a change each kept table is
    /// made afresh (`IndicatorViews`); readers making the same tables side by side would share
    /// the cores, and each would wait for all of them.
    func tables(_ snapshot: MonitoringService.Snapshot, filter: MonitoringFilter) async throws -> [IndicatorTable] {
        let index = snapshot.calculator.index
        let key = TablesKey(lineage: index.lineage, version: index.version, asOf: index.asOf, filter: filter)
        if let task = making[key] { return try await task.value }
        let calculator = snapshot.calculator
        // Detached: made on the pool, not on this actor, which other readers need meanwhile.
        let task = Task.detached { try calculator.registry.indicators.map { try calculator.table($0.id, breakdown: nil, filter: filter) } }
        making[key] = task
        // Once made, the tables are kept beside their tallies; later readers take them there.
        defer { making[key] = nil }
        return try await task.value
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (malloc.h), which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
