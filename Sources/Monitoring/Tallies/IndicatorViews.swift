import Synchronization

/// The indicators' tallies for the filters readers ask for, kept beside the counting index and
/// carried through every change to it by the change's difference (`IndexDelta`): incremental
/// pre-aggregation. A reader after a change gets the kept tally, adjusted for the change, not a
/// fresh count of the year; only a filter nobody asked for yet is counted from the index. A
/// change is only noted; each kept tally takes the changes it missed when it is next read, so a
/// change costs the same with four thousand tallies kept as with one. The
/// tallies follow one line of index versions: an index rebuilt from the store starts a new
/// one, and a tally that reads the day is counted again on a new day. Bounded: the tally read
/// least recently goes first.
public final class IndicatorViews: Sendable {
    struct Key: Hashable, Sendable {
        let filter: MonitoringFilter
        let indicator: String
        let breakdown: String
    }

    private struct Entry {
        var tally: any Tally
        var selection: Selection
        var used: Int
        /// The index version the tally counts.
        var version: UInt64
        /// The table last made from the tally, until the index advances: making it puts the
        /// linked people right, which at a million cases costs more than the rest of a request.
        var table: IndicatorTable?
        /// The linked people's corrections the table was made with, and the index's linked
        /// version they hold for: a change to other cases makes the table again without them.
        var linked: LinkedCorrections?
        var linkedVersion: UInt64 = 0
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var lineage: UInt64 = 0
        var version: UInt64 = 0
        var asOf = Int32.min
        var clock = 0
        var tablesMade = 0
        var talliesCounted = 0
        var linkedPasses = 0
        /// The changes since the oldest version a kept tally still counts, in order.
        var pending: [Pending] = []
        /// The case records those changes hold.
        var pendingCases = 0
    }

    /// A change, with the day before and after it (a tally that reads the day starts again
    /// on a new day).
    private struct Pending {
        let delta: IndexDelta
        let asOfBefore: Int32
        let asOfAfter: Int32
    }

    /// Changes noted at most; a tally further behind is counted again when next read.
    static let pendingLimit = 256

    private let state = Mutex(State())
    let capacity: Int
    /// Case records the noted changes may hold at most, so that a burst of large changes (an
    /// import's refreshes of thousands of cases each) does not hold their records in memory.
    let pendingCaseLimit: Int

    /// Called after kept tallies were let go for room, outside the views' lock: the server hands
    /// the freed memory back to the system there.
    let afterEviction: (@Sendable () -> Void)?

    public init(capacity: Int = 4_096, pendingCaseLimit: Int = 50_000, afterEviction: (@Sendable () -> Void)? = nil) {
        self.capacity = max(1, capacity)
        self.pendingCaseLimit = max(0, pendingCaseLimit)
        self.afterEviction = afterEviction
    }

    /// Tallies kept now.
    public var count: Int { state.withLock { $0.entries.count } }

    /// Tables made so far (from a tally, kept or not): what readers paid for.
    public var tablesMade: Int { state.withLock { $0.tablesMade } }

    /// Walks over a year's linked records made so far to count them as people, for want of a
    /// kept correction.
    public var linkedPasses: Int { state.withLock { $0.linkedPasses } }

    /// Tallies that follow changes counted from the index so far, for want of a kept one.
    public var talliesCounted: Int { state.withLock { $0.talliesCounted } }

    /// Changes noted for kept tallies that have not taken them yet.
    public var pendingChanges: Int { state.withLock { $0.pending.count } }

    /// The tally of `key` over the scope's index: the kept one when the views follow that
    /// index, otherwise counted now (and kept when they do).
    func tally(_ key: Key, empty: any Tally, _ scope: Scope) -> any Tally {
        guard empty.followsChanges else { return empty.counted(scope) }
        let index = scope.calculator.index
        func follows(_ s: State) -> Bool { s.lineage == index.lineage && s.version == index.version && s.asOf == scope.asOf }
        let kept: (any Tally)? = state.withLock { s in
            guard follows(s), let entry = s.entries[key] else { return nil }
            guard var current = Self.caughtUp(entry, key, s, vocabulary: index.vocabulary) else {
                s.entries[key] = nil
                return nil
            }
            s.clock += 1
            current.used = s.clock
            s.entries[key] = current
            return current.tally
        }
        if let kept { return kept }
        let counted = empty.counted(scope)
        let evicted = state.withLock { s -> Bool in
            s.talliesCounted += 1
            guard follows(s), s.entries[key] == nil else { return false }
            var evicted = false
            if s.entries.count >= capacity {
                // The least recently used eighth goes at once: one pass over the entries every
                // capacity/8 new tallies. Finding the single oldest on every new tally copied
                // every entry each time, most of the varied-filters benchmark's time.
                let used = s.entries.values.map(\.used).sorted()
                let cut = used[min(used.count - 1, capacity / 8)]
                s.entries = s.entries.filter { $0.value.used > cut }
                evicted = true
            }
            s.clock += 1
            s.entries[key] = Entry(tally: counted, selection: scope.selection, used: s.clock, version: s.version)
            return evicted
        }
        if evicted { afterEviction?() }
        return counted
    }

    /// The table of `key` over the scope's index: the one kept beside its tally while the index
    /// has not advanced, otherwise made from the tally (kept or counted now) and kept. The views
    /// serve one calculator's population and registry.
    func table(_ key: Key, empty: any Tally, _ scope: Scope) -> IndicatorTable {
        guard empty.followsChanges else {
            let memo = LinkedMemo()
            var scope = scope
            scope.memo = memo
            let table = empty.counted(scope).table(scope)
            state.withLock { s in
                s.tablesMade += 1
                s.linkedPasses += memo.passes
            }
            return table
        }
        let index = scope.calculator.index
        func follows(_ s: State) -> Bool { s.lineage == index.lineage && s.version == index.version && s.asOf == scope.asOf }
        let kept: (table: IndicatorTable?, linked: LinkedCorrections?) = state.withLock { s in
            guard follows(s), let entry = s.entries[key] else { return (nil, nil) }
            if entry.version == s.version, let table = entry.table {
                s.clock += 1
                s.entries[key]?.used = s.clock
                return (table, nil)
            }
            return (nil, entry.linkedVersion == index.linkedVersion ? entry.linked : nil)
        }
        if let table = kept.table { return table }
        let memo = LinkedMemo(kept.linked ?? LinkedCorrections())
        var scope = scope
        scope.memo = memo
        let table = tally(key, empty: empty, scope).table(scope)
        state.withLock { s in
            s.tablesMade += 1
            s.linkedPasses += memo.passes
            guard follows(s), s.entries[key]?.version == s.version else { return }
            s.entries[key]?.table = table
            s.entries[key]?.linked = memo.corrections
            s.entries[key]?.linkedVersion = index.linkedVersion
        }
        return table
    }

    /// Follows the index to its next version. The change is noted; each kept tally takes away
    /// what it took away and adds what it added when next read (`caughtUp`). Views that were not
    /// at the version the change was made to (another line, or a change missed) start again empty.
    public func advance(to index: CountingIndex, by delta: IndexDelta) {
        let asOf = Int32(index.asOf.dayNumber)
        state.withLock { s in
            guard s.lineage == delta.lineage, s.version == delta.from, delta.to == index.version else {
                s.entries.removeAll()
                (s.pending, s.pendingCases) = ([], 0)
                (s.lineage, s.version, s.asOf) = (index.lineage, index.version, asOf)
                return
            }
            s.pending.append(Pending(delta: delta, asOfBefore: s.asOf, asOfAfter: asOf))
            s.pendingCases += delta.caseRecords
            (s.version, s.asOf) = (index.version, asOf)
            // A change every kept tally has already taken is let go; so are the oldest past
            // either limit, and a tally that still needed them is counted again when next read.
            let oldest = s.entries.values.lazy.map(\.version).min() ?? s.version
            var drop = 0
            while drop < s.pending.count,
                  s.pending[drop].delta.from < oldest || s.pending.count - drop > Self.pendingLimit || s.pendingCases > pendingCaseLimit {
                s.pendingCases -= s.pending[drop].delta.caseRecords
                drop += 1
            }
            s.pending.removeFirst(drop)
        }
    }

    /// The entry brought to the views' version by the changes it missed, or nil when it cannot
    /// be: the changes are no longer noted, or the day changed under a tally that reads it.
    private static func caughtUp(_ entry: Entry, _ key: Key, _ s: State, vocabulary: IndexVocabulary) -> Entry? {
        guard entry.version != s.version else { return entry }
        guard let first = s.pending.firstIndex(where: { $0.delta.from == entry.version }) else { return nil }
        var entry = entry
        // Agency sets are only ever added to the vocabulary, so today's covers every change's.
        if entry.selection.vocabularySets.count != vocabulary.agencySets.count {
            entry.selection = Selection(key.filter, vocabulary: vocabulary)
        }
        let year = key.filter.period.year
        for p in s.pending[first...] {
            if p.asOfBefore != p.asOfAfter && entry.tally.readsDay { return nil }
            entry.tally.count(.change(p.delta.removed, year: year, selection: entry.selection, asOf: p.asOfBefore, sign: -1))
            entry.tally.count(.change(p.delta.added, year: year, selection: entry.selection, asOf: p.asOfAfter, sign: 1))
        }
        entry.version = s.version
        entry.table = nil
        return entry
    }

    /// Starts following a newly built index: what was kept counted another.
    public func reset(to index: CountingIndex) {
        state.withLock { s in
            s.entries.removeAll()
            (s.pending, s.pendingCases) = ([], 0)
            (s.lineage, s.version, s.asOf) = (index.lineage, index.version, Int32(index.asOf.dayNumber))
        }
    }
}
