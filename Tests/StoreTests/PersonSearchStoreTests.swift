import Cases
import Foundation
import Testing
@testable import Store

/// A case is found by a person's name or NIK, for the agencies involved in it only, and the store
/// holds keyed hashes rather than names.
@Suite("Search by a person's name or NIK")
struct PersonSearchStoreTests {
    static func add(_ f: Fixture, _ caseID: String, name: String, nik: String?) async throws {
        let draft = PersonDraft(role: "victim", fullName: name, nik: nik, sex: "female")
        _ = try await f.store.cases.addPerson(try draft.validated(today: Fixture.today), toCase: caseID, by: f.investigator)
    }

    static func found(_ f: Fixture, _ text: String, by viewer: Viewer) async throws -> [String] {
        try await f.store.cases.list(CaseFilter(text: text), viewer: viewer).cases.map(\.id)
    }

    @Test(arguments: TestBackend.available)
    func aVictimsCaseIsFoundByHerNameOrNIKByHerAgencyOnly(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let mine = try await f.registerCase(regency: "Kabupaten Belu")
            let other = try await f.registerCase(regency: "Kabupaten Belu")
            try await Self.add(f, mine.id, name: "Maria Goreti Seran", nik: "5303015508950123")
            try await Self.add(f, other.id, name: "Maria Ulfa", nik: nil)
            #expect(try await Self.found(f, "maria seran", by: f.investigator) == [mine.id])
            #expect(try await Self.found(f, "MARIA GORETTI", by: f.investigator) == [mine.id], "spelling variants fold")
            #expect(try await Self.found(f, "5303 0155 0895 0123", by: f.investigator) == [mine.id])
            #expect(Set(try await Self.found(f, "maria", by: f.investigator)) == [mine.id, other.id])
            // Another agency, and a role that may not see identities, find nothing by her name.
            #expect(try await Self.found(f, "maria seran", by: f.outsider).isEmpty)
            #expect(try await Self.found(f, "maria seran", by: f.admin).isEmpty)
            // Any text is answered.
            for odd in ["'; DROP TABLE cases; --", "%_\\", String(repeating: "a ", count: 300), "😀 Seran"] {
                _ = try await Self.found(f, odd, by: f.investigator)
            }
            // No name or NIK in the index, only keyed hashes.
            let keys = try await f.store.db.query("SELECT * FROM person_search_keys", [])
            #expect(!keys.isEmpty && keys.allSatisfy { $0["search_key"].int64 != nil && !"\($0["search_key"])".contains("MARIA") })
        }
    }

    @Test(arguments: TestBackend.available)
    func personsStoredBeforeTheIndexAreIndexedOnce(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            try await Self.add(f, c.id, name: "Yosefina Bria", nik: nil)
            try await f.store.db.execute("DELETE FROM person_search_agency_keys", [])
            try await f.store.db.execute("DELETE FROM person_search_keys", [])
            #expect(try await Self.found(f, "yosefina", by: f.investigator).isEmpty)
            #expect(try await f.store.personSearch.backfill() == 1)
            #expect(try await f.store.personSearch.backfill() == 0, "nothing is indexed twice")
            #expect(try await Self.found(f, "bria yosefina", by: f.investigator) == [c.id])
        }
    }

    /// The cases found by a name come newest first, a page at a time, and the other filters
    /// still apply to them; another agency's case naming the same person is not among them.
    @Test(arguments: TestBackend.available)
    func casesFoundByANameArePagedNewestFirstAndFiltered(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: the same name in five of the investigator's cases of two provinces, and in one of another agency.
            var mine: [CaseRecord] = []
            for (day, province) in [("2026-03-01", "53"), ("2026-05-01", "32"), ("2026-01-01", "53"), ("2026-07-01", "53"), ("2026-02-01", "32")] {
                let c = try await f.registerCase(province: province, openedOn: day)
                try await Self.add(f, c.id, name: "Yuliana Lake", nik: nil)
                mine.append(c)
            }
            let theirs = try await f.registerCase(by: f.outsider, openedOn: "2026-08-01")
            _ = try await f.store.cases.addPerson(try PersonDraft(role: "victim", fullName: "Yuliana Lake", sex: "female").validated(today: Fixture.today),
                                                  toCase: theirs.id, by: f.outsider)
            let newestFirst = mine.sorted { $0.openedOn > $1.openedOn }.map(\.id)
            // The one thing under test: pages of two, and a province filter.
            let first = try await f.store.cases.list(CaseFilter(text: "yuliana lake", pageSize: 2), viewer: f.investigator)
            let third = try await f.store.cases.list(CaseFilter(text: "yuliana lake", page: 3, pageSize: 2), viewer: f.investigator)
            let ntt = try await f.store.cases.list(CaseFilter(text: "yuliana lake", provinceCode: "53", page: 2, pageSize: 2), viewer: f.investigator)
            #expect(first.cases.map(\.id) == Array(newestFirst.prefix(2)) && first.hasNext)
            #expect(third.cases.map(\.id) == [newestFirst[4]] && !third.hasNext)
            #expect(ntt.cases.map(\.id) == [mine[2].id] && !ntt.hasNext, "the third newest of the three in NTT")
            #expect(try await Self.found(f, "yuliana lake", by: f.outsider) == [theirs.id])
            // A name that is also a word of the regency ("Kabupaten Kupang", every case here) lists
            // the person's case; a page past it, or a filter that leaves none, is empty rather than
            // the regency's cases.
            try await Self.add(f, mine[1].id, name: "Kupang Lake", nik: nil)
            #expect(try await f.store.cases.list(CaseFilter(text: "kupang"), viewer: f.investigator).cases.map(\.id) == [mine[1].id])
            let past = try await f.store.cases.list(CaseFilter(text: "kupang", page: 2, pageSize: 1), viewer: f.investigator)
            #expect(past.cases.isEmpty && !past.hasNext)
            #expect(try await f.store.cases.list(CaseFilter(text: "kupang", provinceCode: "53"), viewer: f.investigator).cases.isEmpty)
            #expect(try await f.store.cases.list(CaseFilter(text: "kupang", provinceCode: "32"), viewer: f.investigator).cases.map(\.id) == [mine[1].id])
        }
    }

    /// Persons loaded in bulk (the demo, imports) are found as those added one by one: by the
    /// agencies of their case only.
    @Test(arguments: TestBackend.available)
    func aPersonLoadedInBulkIsFoundByHerCasesAgenciesOnly(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let now = "2026-10-01T00:00:00.000Z"
            let record = CaseRecord(id: "bulk-1", number: "TPPO-2026-900001", provinceCode: "53", regency: "Kabupaten Belu", openedOn: "2026-10-01",
                                    incidentDate: nil, exploitationTypes: [.forcedLabour], status: .reported, summary: "", createdAt: now, updatedAt: now)
            let person = CasePerson(id: "bulk-1-p0", caseID: "bulk-1", role: .victim, code: "K-2026-9001", sex: .female, ageAtReport: 19,
                                    citizenship: "ID", warnings: [], createdAt: now)
            try await f.store.cases.bulkInsert([BulkCase(record: record, agencyIDs: ["ag-a", "ag-gt"],
                                                         persons: [(person, PersonIdentity(fullName: "Yosefina Nahak", nik: "5303015508950999"))])],
                                               counters: [:], actor: nil, note: "test")
            #expect(try await Self.found(f, "yosefina nahak", by: f.investigator) == ["bulk-1"])
            #expect(try await Self.found(f, "5303015508950999", by: f.investigator) == ["bulk-1"])
            #expect(try await Self.found(f, "yosefina nahak", by: f.outsider).isEmpty)
        }
    }

    /// A word that starts no kabupaten/kota in the store finds nothing without walking the cases;
    /// once a case names such a place, the next search finds it.
    @Test(arguments: TestBackend.available)
    func aWordNoRegencyHasFindsNothingUntilOneDoes(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let belu = try await f.registerCase(regency: "Kabupaten Belu")
            #expect(try await Self.found(f, "belu", by: f.investigator) == [belu.id])
            #expect(try await Self.found(f, "kab", by: f.investigator) == [belu.id])
            #expect(try await Self.found(f, "malaka", by: f.investigator).isEmpty)
            let malaka = try await f.registerCase(regency: "Kabupaten Malaka")
            #expect(try await Self.found(f, "malaka", by: f.investigator) == [malaka.id])
            #expect(try await Self.found(f, belu.number.lowercased(), by: f.investigator) == [belu.id], "a case number is still found")
        }
    }

    @Test func searchTermsAreNamesOrANIK() {
        #expect(PersonSearchIndex.queryTerms("3507.0241.0190.0002") == ["k:3507024101900002"])
        #expect(PersonSearchIndex.queryTerms("Wahjoeningsih")?.first == PersonSearchIndex.queryTerms("wahyuningsih")?.first)
        #expect(PersonSearchIndex.queryTerms("12") == nil && PersonSearchIndex.queryTerms("") == nil && PersonSearchIndex.queryTerms("a") == nil)
    }
}
