import Cases
import Foundation
import Networks
import Testing
@testable import Store

/// The national overview of networks is kept between changes, and a change made through
/// another server sharing the database shows at the next view.
@Suite struct NetworkOverviewStoreTests {
    static func phone(_ raw: String) throws -> ValidEntity {
        try EntityDraft(type: "phone", value: raw).validated(today: Fixture.today)
    }

    @Test(arguments: TestBackend.available)
    func anotherServersChangeShowsAtTheNextViewAndEveryViewIsAudited(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: two servers on one database, each with its own kept overview; two cases, nothing shared yet.
            let other = SimpulStore(db: f.store.db, cipher: Fixture.key)
            let a = try await f.registerCase(province: "53")
            let b = try await f.registerCase(by: f.outsider, province: "32")
            _ = try await f.store.networks.add(try Self.phone("0812-1111-2222"), toCase: a.id, by: f.investigator)
            #expect(try await other.networks.overview(viewer: f.admin).isEmpty)
            #expect(try await other.networks.overview(viewer: f.admin).isEmpty, "kept")

            // Under test: the first server records the same phone in the other agency's case.
            _ = try await f.store.networks.add(try Self.phone("+62 812 1111 2222"), toCase: b.id, by: f.outsider)
            let seen = try await other.networks.overview(viewer: f.admin)

            #expect(seen.count == 1 && seen[0].cases == 2 && seen[0].provinces == 2 && seen[0].sharedIdentifiers == 1)
            // Each agency sees the network through its own case only; the kept value is not a viewer's.
            let fromA = try await other.networks.overview(viewer: f.investigator)
            #expect(fromA.count == 1 && fromA[0].visibleCases.map(\.id) == [a.id])
            let fromB = try await other.networks.overview(viewer: f.outsider)
            #expect(fromB.count == 1 && fromB[0].visibleCases.map(\.id) == [b.id])
            let views = try await f.store.audit.entries(limit: 100).filter { $0.action == "network.overview" }
            #expect(views.count == 5)
        }
    }

    @Test(arguments: TestBackend.available)
    func theNetworkChangeNumberGrowsWithEntitiesAndNameDecisionsOnly(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            func number() async throws -> Int64 {
                try #require(try await f.store.db.query("SELECT value FROM change_counters WHERE name = 'networks'", []).first?["value"].int64)
            }
            let before = try await number()
            let c = try await f.registerCase()
            #expect(try await number() == before, "a case alone is no network change")
            _ = try await f.store.networks.add(try Self.phone("0812-3333-4444"), toCase: c.id, by: f.investigator)
            #expect(try await number() > before)
        }
    }
}
