import Cases
import Foundation
import Store

/// Which time zone each agency reads its times in, from its province; the agency table is read
/// at most once a minute (it changes when an administrator adds or moves an agency).
actor AgencyZones {
    let store: SimpulStore
    private var cached: (zones: [String: IndonesianTimeZone], at: Date)?

    init(store: SimpulStore) { self.store = store }

    func zone(ofAgency id: String, now: Date = Date()) async throws -> IndonesianTimeZone {
        if let cached, now.timeIntervalSince(cached.at) < 60, let zone = cached.zones[id] { return zone }
        let zones = Dictionary(try await store.agencies.all().map { ($0.id, IndonesianTimeZone.of(provinceCode: $0.provinceCode)) },
                               uniquingKeysWith: { a, _ in a })
        cached = (zones, now)
        return zones[id] ?? .wib
    }
}
