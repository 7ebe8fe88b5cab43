import Cases
import Foundation
import Testing
@testable import Store

@Suite("Case-list pages kept between changes, on every store")
struct CaseListCacheTests {
    @Test(arguments: TestBackend.available)
    func everyChangeToACaseOrItsAgenciesMovesTheChangeNumber(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let n0 = try await f.store.changeNumbers().cases
            let c = try await f.registerCase()
            let n1 = try await f.store.changeNumbers().cases
            #expect(n1 > n0)
            _ = try await f.addVictim(c.id)   // touches the case's updated_at
            let n2 = try await f.store.changeNumbers().cases
            #expect(n2 > n1)
            _ = try await f.store.db.execute("UPDATE case_agencies SET status = 'investigation' WHERE case_id = ?", [.text(c.id)])
            let n3 = try await f.store.changeNumbers().cases
            #expect(n3 > n2)
            _ = try await f.store.db.execute("DELETE FROM case_agencies WHERE case_id = ? AND agency_id = ?", [.text(c.id), .text("ag-a")])
            #expect(try await f.store.changeNumbers().cases > n3)
        }
    }

    @Test(arguments: TestBackend.available)
    func aKeptPageIsNeverAnsweredAfterAChangeNorToAnotherAgency(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let first = try await f.registerCase(openedOn: "2026-09-01")
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.investigator).cases.map(\.id) == [first.id])
            #expect(f.store.caseLists.count == 1)
            // The same page again, from what was kept.
            let again = try await f.store.cases.list(CaseFilter(), viewer: f.investigator)
            #expect(again.cases.map(\.id) == [first.id])
            #expect(f.store.caseLists.count == 1)

            // Another agency's and the administrators' pages are their own.
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.outsider).cases.isEmpty)
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.admin).cases.map(\.id) == [first.id])

            // A new case, from another connection's point of view a plain INSERT: shown at once.
            let second = try await f.registerCase(openedOn: "2026-10-01")
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.investigator).cases.map(\.id) == [second.id, first.id])
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.admin).cases.map(\.id) == [second.id, first.id])

            // A change made directly in the database (as another server would) is seen too.
            _ = try await f.store.db.execute("UPDATE cases SET summary = 'changed elsewhere' WHERE id = ?", [.text(first.id)])
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.investigator).cases.last?.summary == "changed elsewhere")
            // The other agency is made involved elsewhere: its list shows the case at once.
            _ = try await f.store.db.execute(CaseRepository.agencyInsertSQL, CaseRepository.agencyRow(first, agencyID: "ag-b"))
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.outsider).cases.map(\.id) == [first.id])
        }
    }

    @Test func theCacheKeepsAtMostItsCapacityAndDropsPagesOfOlderNumbers() {
        let cache = VersionedCache<CaseListKey, CasePage>(capacity: 2)
        let page = { (n: Int) in CasePage(cases: [], hasNext: false, filter: CaseFilter(page: n)) }
        let key = { (n: Int) in CaseListKey(agencyID: "a", filter: CaseFilter(page: n), namesSearched: false) }
        cache.keep(page(1), key(1), version: 5)
        cache.keep(page(2), key(2), version: 5)
        cache.keep(page(3), key(3), version: 5)
        #expect(cache.count == 2)
        #expect(cache.value(key(1), version: 5) == nil)      // the oldest went
        #expect(cache.value(key(3), version: 5)?.filter.page == 3)
        #expect(cache.value(key(3), version: 6) == nil)      // kept under another number: not answered
        cache.keep(page(4), key(4), version: 6)
        #expect(cache.count == 1)
        #expect(cache.value(key(4), version: 6)?.filter.page == 4)
    }

    @Test func aPageKeptAgainCountsFromThenAndTheOldestOthersGoFirst() {
        let cache = VersionedCache<CaseListKey, CasePage>(capacity: 3)
        let page = { (n: Int) in CasePage(cases: [], hasNext: false, filter: CaseFilter(page: n)) }
        let key = { (n: Int) in CaseListKey(agencyID: "a", filter: CaseFilter(page: n), namesSearched: false) }
        for n in [1, 2, 3, 1] { cache.keep(page(n), key(n), version: 5) }

        cache.keep(page(4), key(4), version: 5)
        cache.keep(page(5), key(5), version: 5)

        #expect(cache.count == 3)
        #expect(cache.value(key(1), version: 5) != nil)
        #expect(cache.value(key(2), version: 5) == nil && cache.value(key(3), version: 5) == nil)
        // Many more, each pushing out the oldest: still bounded, still the newest three.
        for n in 6...100 { cache.keep(page(n), key(n), version: 5) }
        #expect(cache.count == 3)
        #expect((98...100).allSatisfy { cache.value(key($0), version: 5) != nil })
        // The same page kept again and again does not push out the others.
        for _ in 0..<50 { cache.keep(page(100), key(100), version: 5) }
        #expect((98...100).allSatisfy { cache.value(key($0), version: 5) != nil })
    }
}

@Suite("API token users kept between changes, on every store")
struct APITokenCacheTests {
    /// What a server does at the start of each API request: read the numbers, then the token.
    func check(_ f: Fixture, _ token: String, now: Date = Date()) async throws -> UserAccount? {
        try await f.store.tokens.user(forAPIToken: token, now: now, accessNumber: try await f.store.changeNumbers().access)
    }

    @Test(arguments: TestBackend.available)
    func aRevokedTokenADisabledUserAndANewRoleCountFromTheNextRequest(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let token = try await f.store.tokens.createAPIToken(userID: f.investigator.userID, name: "dashboard", validFor: 1)
            let other = try await f.store.tokens.createAPIToken(userID: f.outsider.userID, name: "dashboard", validFor: nil)
            #expect(try await check(f, token)?.id == f.investigator.userID)
            #expect(try await check(f, token)?.id == f.investigator.userID)   // kept: no lookup
            #expect(f.store.apiTokens.count == 1)
            #expect(try await check(f, "spl_not-a-token") == nil)
            // Expiry is checked on the kept answer too.
            #expect(try await check(f, token, now: Date().addingTimeInterval(2 * 86400)) == nil)

            // As another server would change them, straight in the database.
            _ = try await f.store.db.execute("UPDATE users SET role = 'analyst' WHERE id = ?", [.text(f.investigator.userID)])
            #expect(try await check(f, token)?.role == .analyst)
            _ = try await f.store.db.execute("UPDATE users SET disabled = 1 WHERE id = ?", [.text(f.investigator.userID)])
            #expect(try await check(f, token)?.disabled == true)

            #expect(try await check(f, other)?.id == f.outsider.userID)
            #expect(try await f.store.tokens.revokeAPITokens(userID: f.outsider.userID, name: "dashboard") == 1)
            #expect(try await check(f, other) == nil)
            #expect(try await f.store.tokens.revokeAPITokens(userID: f.outsider.userID, name: "dashboard") == 0)
            let listed = try await f.store.tokens.apiTokens(userID: f.outsider.userID)
            #expect(listed.map(\.name) == ["dashboard"] && listed[0].revokedAt != nil && listed[0].expiresAt == nil)
        }
    }
}
