import Cases
import Foundation
import Testing
@testable import Store

@Suite("Case registry on every store")
struct CaseStoreTests {
    @Test(arguments: TestBackend.available)
    func migrationsApplyOnceAndInOrder(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let first = try await Migrations.migrate(db)
            #expect(first.count == Migrations.all.count)
            #expect(try await Migrations.migrate(db).isEmpty)
            #expect(try await Migrations.pending(db) == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func aCaseIsVisibleToItsAgenciesAndAdministratorsOnly(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            #expect(c.number.hasPrefix("TPPO-2026-"))
            #expect(try await f.store.cases.detail(id: c.id, viewer: f.investigator).record.number == c.number)
            #expect(try await f.store.cases.detail(id: c.id, viewer: f.admin).record.id == c.id)
            await #expect(throws: StoreError.self) { try await f.store.cases.detail(id: c.id, viewer: f.outsider) }
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.outsider).cases.isEmpty)
            #expect(try await f.store.cases.list(CaseFilter(), viewer: f.investigator).cases.map(\.id) == [c.id])
            #expect(try await f.store.cases.count(viewer: f.investigator) == 1)
            #expect(try await f.store.cases.count(viewer: f.outsider) == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func identitiesAreSealedAtRestAndEveryReadIsAudited(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let p = try await f.addVictim(c.id)
            #expect(p.code.hasPrefix("K-"))
            let raw = try #require(try await f.store.db.queryFirst("SELECT identity FROM case_persons WHERE id = ?", [.text(p.id)]))
            let bytes = try #require(raw.blob("identity"))
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Seran"))
            #expect(!String(decoding: bytes, as: UTF8.self).contains("5303015508950123"))

            let seen = try await f.store.cases.detail(id: c.id, viewer: f.investigator)
            #expect(seen.identities[p.id]?.fullName == "Maria Goreti Seran")
            let admin = try await f.store.cases.detail(id: c.id, viewer: f.admin)
            #expect(admin.identities.isEmpty)
            #expect(admin.persons.map(\.code) == [p.code])

            let reads = try await f.store.audit.entries(caseID: c.id).filter { $0.action == "identity.read" }
            #expect(reads.count == 1)
            #expect(reads[0].personID == p.id && reads[0].actorUserID == f.investigator.userID)
        }
    }

    @Test(arguments: TestBackend.available)
    func anOutsiderCannotAddPersons(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let draft = try PersonDraft(role: "witness", fullName: "X").validated(today: Fixture.today)
            await #expect(throws: StoreError.notFound("case \(c.id)")) {
                try await f.store.cases.addPerson(draft, toCase: c.id, by: f.outsider)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentRegistrationsGetDistinctNumbers(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<20 { group.addTask { try await f.registerCase().number } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(numbers).count == 20)
            #expect(try await f.store.audit.verify().isIntact)
        }
    }

    @Test(arguments: TestBackend.available)
    func theListFiltersAndPages(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for i in 0..<7 { _ = try await f.registerCase(province: i < 5 ? "53" : "35", regency: i < 5 ? "Kota Kupang" : "Kota Surabaya",
                                                       openedOn: "2026-10-0\(i + 1)") }
            let ntt = try await f.store.cases.list(CaseFilter(provinceCode: "53", pageSize: 2), viewer: f.investigator)
            #expect(ntt.cases.count == 2 && ntt.hasNext)
            #expect(ntt.cases[0].openedOn == "2026-10-05") // newest first
            let last = try await f.store.cases.list(CaseFilter(provinceCode: "53", page: 3, pageSize: 2), viewer: f.investigator)
            #expect(last.cases.count == 1 && !last.hasNext)
            #expect(try await f.store.cases.list(CaseFilter(text: "SURA"), viewer: f.investigator).cases.count == 2)
            #expect(try await f.store.cases.list(CaseFilter(text: "%"), viewer: f.investigator).cases.count == 7)
            // Any part of a case number finds it; a word that is no number's part finds by place only.
            let one = try #require(try await f.store.cases.list(CaseFilter(provinceCode: "35", pageSize: 1), viewer: f.investigator).cases.first)
            let tail = String(one.number.suffix(4))
            #expect(try await f.store.cases.list(CaseFilter(text: tail), viewer: f.investigator).cases.map(\.id).contains(one.id))
            #expect(try await f.store.cases.list(CaseFilter(text: one.number.lowercased()), viewer: f.investigator).cases.map(\.id) == [one.id])
            #expect(try await f.store.cases.list(CaseFilter(text: "tppo", status: .reported), viewer: f.investigator).cases.count
                    == (try await f.store.cases.list(CaseFilter(status: .reported), viewer: f.investigator).cases.count))
            #expect(try await f.store.cases.list(CaseFilter(exploitationType: .organRemoval), viewer: f.investigator).cases.isEmpty)
            // The administrator's list reads the cases table itself; the same filters apply.
            #expect(try await f.store.cases.list(CaseFilter(text: "sura"), viewer: f.admin).cases.count == 2)
            #expect(try await f.store.cases.list(CaseFilter(provinceCode: "53", pageSize: 10), viewer: f.admin).cases.count == 5)
        }
    }
}
