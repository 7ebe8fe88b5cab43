import Synchronization

/// Answers this server read recently, each kept under the store's change number at the moment
/// it was read (M014), and given again only while that number is unchanged: what it gives is
/// what the database would answer now, whichever server made the last change. Bounded; the
/// oldest answer goes first. All answers kept share one number: a newer number drops them, and
/// an answer read under an older one (a request that started before the change) is not kept.
public final class VersionedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let sequence: Int
    }
    private struct State {
        var entries: [Key: Entry] = [:]
        var version = Int64.min
        var sequence = 0
        /// Keys in the order they were kept, from `head` on; a key kept again stands again later,
        /// and only its last place counts. Finding the oldest by a walk over all entries was a
        /// twentieth of a name search's time in the server.
        var order: [(key: Key, sequence: Int)] = []
        var head = 0

        mutating func dropOldest() {
            while head < order.count {
                let (key, sequence) = order[head]
                head += 1
                if entries[key]?.sequence == sequence {
                    entries[key] = nil
                    return
                }
            }
        }

        mutating func noteKept(_ key: Key, capacity: Int) {
            order.append((key, sequence))
            if head > capacity {
                order.removeFirst(head)
                head = 0
            }
            // Keys kept again and again under one number leave places that no longer count.
            if order.count > 4 * capacity {
                order = entries.map { ($0.key, $0.value.sequence) }.sorted { $0.sequence < $1.sequence }
                head = 0
            }
        }
    }
    private let state = Mutex(State())
    let capacity: Int

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func value(_ key: Key, version: Int64) -> Value? {
        state.withLock { s in
            s.version == version ? s.entries[key]?.value : nil
        }
    }

    func keep(_ value: Value, _ key: Key, version: Int64) {
        state.withLock { s in
            guard version >= s.version else { return }
            if version > s.version {
                s.entries.removeAll(keepingCapacity: true)
                s.order.removeAll(keepingCapacity: true)
                s.head = 0
                s.version = version
            }
            if s.entries.count >= capacity, s.entries[key] == nil { s.dropOldest() }
            s.sequence += 1
            s.entries[key] = Entry(value: value, sequence: s.sequence)
            s.noteKept(key, capacity: capacity)
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
}

/// The store's change numbers (M014), read together in one round trip at the start of a request.
public struct ChangeNumbers: Sendable, Equatable {
    /// Grows with every change to a case or to the agencies involved in one.
    public let cases: Int64
    /// Grows with every change to a user or an API token.
    public let access: Int64

    static func read(_ db: any SQLDatabase) async throws -> ChangeNumbers {
        guard let r = try await db.query("SELECT \(selected)", []).first else { throw missing }
        return try ChangeNumbers(r)
    }
}

extension ChangeNumbers {
    /// The numbers as columns of a SELECT, for a statement that reads them beside something else.
    static let selected = """
        (SELECT value FROM change_counters WHERE name = 'cases') AS cases_number, \
        (SELECT value FROM change_counters WHERE name = 'access') AS access_number
        """

    /// The numbers from a row that selected `selected`.
    init(_ r: SQLRow) throws {
        guard let cases = r["cases_number"].int64, let access = r["access_number"].int64 else { throw Self.missing }
        self.init(cases: cases, access: access)
    }

    fileprivate static let missing = StoreError.corrupt("the change counters are missing")
}

/// A case-list page is the same for every user of an agency (or for every administrator).
public struct CaseListKey: Hashable, Sendable {
    /// nil for all cases (administrators).
    let agencyID: String?
    let filter: CaseFilter
    /// Whether the search text was also looked up among persons' names: only for roles that may
    /// see identities, so two roles of one agency do not share a page.
    let namesSearched: Bool
}

/// What a valid API token stood for when it was read.
public struct TokenHolder: Sendable {
    let user: UserAccount
    let expiresAt: String?
}
