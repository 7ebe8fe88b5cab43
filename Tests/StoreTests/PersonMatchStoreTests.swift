import Cases
import Demo
import Foundation
import Linkage
import Testing
@testable import Store

@Suite("Person matching across agencies, on every store")
struct PersonMatchStoreTests {
    func person(_ f: Fixture, _ caseID: String, by viewer: Viewer, role: String = "victim", name: String, nik: String? = nil,
                birthDate: String? = nil, birthPlace: String? = nil, sex: String = "female", phone: String? = nil) async throws -> CasePerson {
        let draft = PersonDraft(role: role, fullName: name, nik: nik, birthDate: birthDate, birthPlace: birthPlace, sex: sex, phone: phone)
        return try await f.store.cases.addPerson(try draft.validated(today: Fixture.today), toCase: caseID, by: viewer)
    }

    @Test(arguments: TestBackend.available)
    func anotherAgencysRecordIsFoundButItsIdentityStaysHidden(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let caseA = try await f.registerCase(by: f.investigator)
            let caseB = try await f.registerCase(by: f.outsider, province: "35", regency: "Kabupaten Malang")
            let a = try await person(f, caseA.id, by: f.investigator, name: "Maria Goreti Seran", nik: "5303015508950123",
                                     birthDate: "1995-08-15", birthPlace: "Kupang")
            // Agency B writes her name in capitals with a doubled consonant, knows no NIK, but has her birth date and place.
            let b = try await person(f, caseB.id, by: f.outsider, name: "MARIA GORETTI SERAN", birthDate: "1995-08-15",
                                     birthPlace: "KUPANG", phone: "0812 3456 7890")
            _ = try await person(f, caseB.id, by: f.outsider, name: "Maria Ulfa", nik: "3507024101900002", birthDate: "1990-01-01")

            let seenByB = try await f.store.personMatches.matches(forPerson: b.id, by: f.outsider)
            let top = try #require(seenByB.candidates.first)
            #expect(top.person.id == a.id)
            #expect(top.band != .worthChecking)
            #expect(top.identity == nil && top.caseNumber == nil)
            #expect(top.agencies.map(\.id) == ["ag-a"])
            // B may not see her: a band and whom to contact, no probability and no evidence field by field.
            #expect(top.probability == nil && top.explanation == nil)
            #expect(!seenByB.candidates.contains { $0.identity?.fullName == "Maria Ulfa" && ($0.probability ?? 0) >= 0.5 })

            // The lookup is audited; the hidden candidate's identity was not "read" by B.
            let auditA = try await f.store.audit.entries(caseID: caseA.id)
            #expect(!auditA.contains { $0.action == "identity.read" && $0.actorUserID == f.outsider.userID })
            let auditB = try await f.store.audit.entries(caseID: caseB.id)
            #expect(auditB.contains { $0.action == "person.match" && $0.personID == b.id })

            // Only those with a need to know on the person's own case may look.
            await #expect(throws: AccessDenied.self) { try await f.store.personMatches.matches(forPerson: b.id, by: f.admin) }
            await #expect(throws: StoreError.self) { try await f.store.personMatches.matches(forPerson: b.id, by: f.investigator) }
        }
    }

    @Test(arguments: TestBackend.available)
    func aCandidateInACaseTheViewerSharesShowsItsIdentity(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let draft = CaseDraft(provinceCode: "53", regency: "Kota Kupang", openedOn: "2026-09-01", exploitationTypes: ["forced_labour"],
                                  summary: "s", agencyIDs: ["ag-b"])
            let shared = try await f.store.cases.register(try draft.validated(today: Fixture.today), by: f.investigator)
            let own = try await f.registerCase(by: f.outsider)
            let a = try await person(f, shared.id, by: f.investigator, role: "suspect", name: "Djoko Susilo", nik: "3578011203800007",
                                     birthDate: "1980-03-12", sex: "male", phone: "+6281311112222")
            let b = try await person(f, own.id, by: f.outsider, role: "suspect", name: "Joko Soesilo", birthDate: "1980-12-03",
                                     sex: "male", phone: "081311112222")
            let m = try await f.store.personMatches.matches(forPerson: b.id, by: f.outsider)
            let top = try #require(m.candidates.first)
            #expect(top.person.id == a.id)
            #expect(top.identity?.fullName == "Djoko Susilo")
            #expect(top.caseNumber == shared.number)
            let reads = try await f.store.audit.entries(caseID: shared.id).filter { $0.action == "identity.read" && $0.personID == a.id }
            #expect(reads.contains { $0.actorUserID == f.outsider.userID })
        }
    }

    @Test(arguments: TestBackend.available)
    func confirmRejectAndUndoKeepTheirHistory(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let caseA = try await f.registerCase(by: f.investigator)
            let caseB = try await f.registerCase(by: f.outsider)
            let a = try await person(f, caseA.id, by: f.investigator, name: "Siti Aminah", nik: "3201014107990001", birthDate: "1999-07-01")
            let b = try await person(f, caseB.id, by: f.outsider, name: "Siti Aminah", nik: "3201014107990001")
            let repo = f.store.personMatches

            let confirmed = try await repo.decide(personID: b.id, candidateID: a.id, action: .confirm, expectedVersion: 0, note: "NIK sama", by: f.outsider)
            #expect(confirmed.status == .confirmed && confirmed.version == 1 && confirmed.probability > 0.9)
            // A second officer working from the same page is told, not silently overruled.
            await #expect(throws: StoreError.self) {
                try await repo.decide(personID: b.id, candidateID: a.id, action: .reject, expectedVersion: 0, note: nil, by: f.outsider)
            }
            await #expect(throws: ValidationFailure.self) {
                try await repo.decide(personID: b.id, candidateID: a.id, action: .reject, expectedVersion: 1, note: nil, by: f.outsider)
            }
            // Agency A is told, by pseudonym only.
            let notices = try await f.store.coordination.notices(for: f.investigator)
            #expect(notices.contains { $0.caseID == caseA.id && $0.textID.contains(a.code) && !$0.textID.contains("Siti") })

            // Agency A sees the decision from its side and undoes it.
            let fromA = try await repo.matches(forPerson: a.id, by: f.investigator)
            let link = try #require((fromA.candidates + fromA.decided).first { $0.person.id == b.id }?.link)
            #expect(link.status == .confirmed)
            let undone = try await repo.decide(personID: a.id, candidateID: b.id, action: .undo, expectedVersion: link.version,
                                               note: "Tanggal lahir berbeda menurut KK", by: f.investigator)
            #expect(undone.status == .undone && undone.version == 2)
            #expect(undone.history.map(\.action) == [.confirm, .undo])
            #expect(undone.history.map(\.agencyID) == ["ag-b", "ag-a"])
            #expect(undone.history.last?.note == "Tanggal lahir berbeda menurut KK")
            // The note is read back, but the table holds it sealed.
            let notes = try await f.store.db.query("SELECT note FROM person_link_history WHERE note IS NOT NULL", []).compactMap { $0.optionalText("note") }
            #expect(notes.count == 2 && notes.allSatisfy { $0.hasPrefix(SealedText.prefix) && !$0.contains("menurut KK") && !$0.contains("NIK sama") })
            let rejected = try await repo.decide(personID: b.id, candidateID: a.id, action: .reject, expectedVersion: 2, note: nil, by: f.outsider)
            #expect(rejected.status == .rejected && rejected.history.count == 3)

            await #expect(throws: ValidationFailure.self) {
                try await repo.decide(personID: b.id, candidateID: b.id, action: .confirm, expectedVersion: 0, note: nil, by: f.outsider)
            }
            // A stranger is not a candidate and cannot be linked by id.
            let stranger = try await person(f, caseA.id, by: f.investigator, name: "Yohanes Tefa", nik: "5371011203880004", birthDate: "1988-03-12",
                                            sex: "male")
            let refusal = await #expect(throws: ValidationFailure.self) {
                try await repo.decide(personID: b.id, candidateID: stranger.id, action: .confirm, expectedVersion: 0, note: nil, by: f.outsider)
            }
            // The refusal says nothing of how alike the two are.
            #expect(refusal?.errors.allSatisfy { !$0.id.contains("%") && !$0.en.contains("%") && !$0.en.contains("probab") } == true)
            let actions = try await f.store.audit.entries(caseID: caseB.id).map(\.action)
            #expect(actions.contains("person.link.confirm") && actions.contains("person.link.reject"))
        }
    }

    @Test(arguments: TestBackend.available)
    func unusualLookupVolumeAlertsTheTaskForceOnce(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase(by: f.outsider)
            let p = try await person(f, c.id, by: f.outsider, name: "Maria Ulfa", birthDate: "1990-01-01")
            let earlier = Array(repeating: AuditEvent(actorUserID: f.outsider.userID, actorAgencyID: f.outsider.agencyID, action: "person.match"),
                                count: PersonMatchRepository.unusualLookupsPerHour)
            try await f.store.db.transaction { tx in try await f.store.audit.appendBatch(earlier, in: tx) }
            _ = try await f.store.personMatches.matches(forPerson: p.id, by: f.outsider)
            _ = try await f.store.personMatches.matches(forPerson: p.id, by: f.outsider)
            let alerts = try await f.store.audit.entries(limit: 500).filter { $0.action == "security.match_volume" }
            #expect(alerts.count == 1 && alerts.first?.actorUserID == f.outsider.userID)
            let taskForce = try #require(try await f.store.agencies.all().first { $0.kind == .taskForce })
            let notices = try await f.store.db.query("SELECT text_en FROM notifications WHERE agency_id = ?", [.text(taskForce.id)])
            #expect(notices.count == 1 && (notices.first?.optionalText("text_en") ?? "").contains("person-matching lookups"))
        }
    }

    @Test(arguments: TestBackend.available)
    func theIndexHoldsDigestsAndCountsNotNames(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            _ = try await person(f, c.id, by: f.investigator, name: "Maria Goreti Seran", nik: "5303015508950123", birthDate: "1995-08-15")
            _ = try await person(f, c.id, by: f.investigator, name: "Maria Ulfa", birthDate: "1990-01-01")
            #expect(try await f.store.personMatchIndex.population() == 2)
            let keys = try await f.store.db.query("SELECT match_key FROM person_match_keys", [])
            #expect(keys.count > 10)
            #expect(keys.allSatisfy { $0["match_key"].int64 != nil })
            // "MARIA" is held by both persons: its term counts two.
            let digest = f.store.personMatchIndex.digest
            let maria = try await f.store.db.queryFirst("SELECT n FROM person_match_terms WHERE term = ?", [.int(digest.int64("t:" + SpellingKey.key("MARIA")))])
            #expect(maria?.optionalInt("n") == 2)
            // Too few persons to estimate a model: the store keeps ranking with the starting one.
            #expect(try await f.store.personMatchIndex.refreshModel() == false)
        }
    }

    @Test(arguments: TestBackend.available)
    func theModelIsEstimatedFromTheStoreOnceThereAreEnoughPersons(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            var generator = DemoCaseGenerator(seed: 7, today: CalendarDate(year: 2026, month: 11, day: 1)!)
            func load(_ n: Int) async throws {
                let batch = (0..<n).map { _ in
                    let c = generator.next(now: "2026-11-01T00:00:00Z")
                    return BulkCase(record: c.record, agencyIDs: ["ag-a"], persons: c.persons.enumerated().map { i, p in
                        (person: CasePerson(id: "\(c.record.id)-p\(i)", caseID: c.record.id, role: p.role, code: p.code, sex: p.sex,
                                            ageAtReport: p.age, citizenship: p.citizenship, warnings: [], createdAt: "2026-11-01T00:00:00Z"),
                         identity: p.identity)
                    })
                }
                try await f.store.cases.bulkInsert(batch, counters: [:], actor: nil, note: "test")
            }
            try await load(400)
            #expect(try await f.store.personMatchIndex.population() < PersonMatchIndex.minimumTrainingPopulation)
            #expect(try await f.store.personMatchIndex.refreshModel() == false)
            try await load(600)
            let population = try await f.store.personMatchIndex.population()
            #expect(population >= PersonMatchIndex.minimumTrainingPopulation)
            #expect(try await f.store.personMatchIndex.refreshModel() == true)
            #expect(try await f.store.personMatchIndex.refreshModel() == false, "not again until the persons grow by half")
            let (model, estimated) = try await f.store.personMatchIndex.model(population: population)
            #expect(estimated)
            // Estimated from the data: an identical NIK weighs for a match, a different one against.
            let nik = LinkageField.nik.rawValue
            #expect(model.m[nik][4] > 1_000 * model.u[nik][4] && model.m[nik][0] < model.u[nik][0])
            let audit = try await f.store.audit.entries().map(\.action)
            #expect(audit.contains("person.match.train"))
        }
    }

    @Test(arguments: TestBackend.available)
    func keysHeldBackFromABulkLoadAreTheKeysItWouldHaveWritten(_ backend: TestBackend) async throws {
        func batches(seed: UInt64) -> [[BulkCase]] {
            var generator = DemoCaseGenerator(seed: seed, today: CalendarDate(year: 2026, month: 11, day: 1)!)
            return (0..<3).map { _ in
                (0..<40).map { _ in
                    let c = generator.next(now: "2026-11-01T00:00:00Z")
                    return BulkCase(record: c.record, agencyIDs: ["ag-a"], persons: c.persons.enumerated().map { i, p in
                        (person: CasePerson(id: "\(c.record.id)-p\(i)", caseID: c.record.id, role: p.role, code: p.code, sex: p.sex,
                                            ageAtReport: p.age, citizenship: p.citizenship, warnings: [], createdAt: "2026-11-01T00:00:00Z"),
                         identity: p.identity)
                    })
                }
            }
        }
        func index(_ f: Fixture) async throws -> [String] {
            let matching = try await f.store.db.query("SELECT match_key, person_id FROM person_match_keys ORDER BY match_key, person_id", [])
                .map { "\($0["match_key"].int64 ?? 0) \(try $0.text("person_id"))" }
            // The search keys by agency (M028) are held and written in key order the same way.
            let byAgency = try await f.store.db.query("""
                SELECT search_key, agency_id, opened_on, case_id, person_id FROM person_search_agency_keys
                ORDER BY search_key, agency_id, opened_on, case_id, person_id
                """, []).map { r in
                    "\(r["search_key"].int64 ?? 0) " + (try ["agency_id", "opened_on", "case_id", "person_id"].map { try r.text($0) }.joined(separator: " "))
                }
            return matching + byAgency
        }
        var direct: [String] = [], held: [String] = []
        try await Fixture.with(backend) { f in
            for b in batches(seed: 11) { try await f.store.cases.bulkInsert(b, counters: [:], actor: nil, note: "test") }
            direct = try await index(f)
        }
        try await Fixture.with(backend) { f in
            var keys = HeldMatchKeys()
            for b in batches(seed: 11) {
                var prepared = try f.store.cases.prepareBulk(b, counters: [:], actor: nil, note: "test")
                keys.hold(from: &prepared)
                try await f.store.cases.writeBulk(prepared)
            }
            // Until written, the persons are counted (terms) but not yet findable by their keys.
            #expect(try await f.store.personMatchIndex.population() > 0)
            #expect(try await index(f).isEmpty)
            try await keys.write(to: f.store)
            held = try await index(f)
        }
        #expect(!direct.isEmpty)
        #expect(held == direct)
    }
}
