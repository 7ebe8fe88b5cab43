/// Counts what each network address does over a sliding window, in memory only: addresses are
/// never written anywhere, and are forgotten when their window has passed. The key is whatever
/// the caller makes of the address (the web layer passes a keyed hash, not the address).
public struct AddressThrottle: Sendable {
    public let limit: Int
    public let window: Double
    /// Beyond this many keys the oldest are forgotten, so a flood of addresses cannot grow memory.
    public let capacity: Int
    private var events: [String: [Double]] = [:]

    public init(limit: Int, window: Double, capacity: Int = 100_000) {
        self.limit = limit
        self.window = window
        self.capacity = capacity
    }

    /// How many events the key has in the window ending at `now`.
    public mutating func count(_ key: String, now: Double) -> Int {
        prune(key, now: now)
        return events[key]?.count ?? 0
    }

    /// Nil while the key is under its limit, else the seconds until the oldest event leaves the window.
    public mutating func wait(_ key: String, now: Double) -> Double? {
        prune(key, now: now)
        guard let list = events[key], list.count >= limit, let first = list.first else { return nil }
        return max(1, first + window - now)
    }

    /// Records an event when under the limit; answers nil when allowed, or the seconds to wait.
    public mutating func attempt(_ key: String, now: Double) -> Double? {
        if let seconds = wait(key, now: now) { return seconds }
        record(key, now: now)
        return nil
    }

    public mutating func record(_ key: String, now: Double) {
        if events[key] == nil, events.count >= capacity {
            // Rare: sweep out every expired key, and if the table is still full, forget half.
            events = events.filter { $0.value.contains { $0 > now - window } }
            if events.count >= capacity {
                for old in events.keys.prefix(events.count / 2) { events[old] = nil }
            }
        }
        events[key, default: []].append(now)
    }

    /// Takes back the key's most recent event (an attempt that turned out to be allowed).
    public mutating func forgetLatest(_ key: String, now: Double) {
        prune(key, now: now)
        guard var list = events[key], !list.isEmpty else { return }
        list.removeLast()
        events[key] = list.isEmpty ? nil : list
    }

    private mutating func prune(_ key: String, now: Double) {
        guard var list = events[key] else { return }
        list.removeAll { $0 <= now - window }
        events[key] = list.isEmpty ? nil : list
    }
}
