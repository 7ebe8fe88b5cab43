import Cases
import Foundation
import Networks
import Testing
@testable import Store

/// Perpetrator networks in the store, on both backends: identifiers matched across cases
/// however they were typed, without plaintext in the store; "seen elsewhere" as far as the
/// viewer may see; the other agency told; malformed values kept; access refused.
@Suite struct NetworkStoreTests {
    static func phone(_ raw: String, heldBy: String? = nil) throws -> ValidEntity {
        try EntityDraft(type: "phone", value: raw, heldBy: heldBy, firstSeen: "2026-03-02").validated(today: Fixture.today)
    }

    @Test(arguments: TestBackend.available)
    func aPhoneTypedAnotherWayIsSeenInTheOtherAgencysCaseWithoutShowingIt(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: agency A records the sponsor's phone in its case.
            let caseA = try await f.registerCase(province: "32", regency: "Kabupaten Indramayu")
            _ = try await f.store.networks.add(try Self.phone("0812-3456-7890"), toCase: caseA.id, by: f.investigator)
            let caseB = try await f.registerCase(by: f.outsider)

            // Under test: agency B types the same number in another form.
            let added = try await f.store.networks.add(try Self.phone("+62 812 3456 7890"), toCase: caseB.id, by: f.outsider)

            let seen = try #require(added.seen[added.mentions[0].id])
            #expect(seen.otherCases == 1 && seen.provinces == ["32"] && !seen.isHub)
            #expect(seen.cases[0].caseID == nil && seen.cases[0].number == nil, "B may not open A's case")
            #expect(seen.cases[0].agencies.map(\.id) == ["ag-a"], "only whom to contact")
            #expect(added.notified.map(\.id) == ["ag-a"])
            let notices = try await f.store.coordination.notices(for: f.investigator)
            #expect(notices.contains { $0.caseID == caseA.id && $0.textEN.contains("now linked") && !$0.textEN.contains("812") })
            // The store holds no plaintext identifier, and the audit log names none.
            for row in try await f.store.db.query("SELECT * FROM network_mentions", []) {
                #expect(!row.values.contains { $0.string?.contains("3456") == true })
            }
            let audit = try await f.store.audit.entries(limit: 50)
            #expect(audit.contains { $0.action == "network.entity.add" && $0.caseID == caseB.id })
            #expect(!audit.contains { $0.detail.contains("3456") })
            // A sees B's case as B's own agency to contact too, and the value as it typed it.
            let fromA = try await f.store.networks.entities(caseID: caseA.id, viewer: f.investigator)
            #expect(fromA.mentions[0].value == "0812-3456-7890" && fromA.seen[fromA.mentions[0].id]?.cases[0].agencies.map(\.id) == ["ag-b"])
        }
    }

    @Test(arguments: TestBackend.available)
    func aMalformedIdentifierIsKeptAsTypedFlaggedAndMatchedWithNothing(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let added = try await f.store.networks.add(try Self.phone("0812-34AB"), toCase: c.id, by: f.investigator)
            let m = added.mentions[0]
            #expect(m.malformed && !m.keyed && m.value == "0812-34AB")
            #expect(m.problem == .unexpectedCharacter("A"))
            let listed = try await f.store.networks.entities(caseID: c.id, viewer: f.investigator)
            #expect(listed.mentions.map(\.malformed) == [true] && listed.seen.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func anEntityForACaseTheUserMayNotSeeIsRefusedAndBadDraftsNameTheirField(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            await #expect(throws: StoreError.notFound("case \(c.id)")) {
                _ = try await f.store.networks.add(try Self.phone("081234567890"), toCase: c.id, by: f.outsider)
            }
            await #expect(throws: StoreError.self) { _ = try await f.store.networks.entities(caseID: c.id, viewer: f.outsider) }
            let badType = #expect(throws: ValidationFailure.self) { try EntityDraft(type: "fax", value: "1").validated(today: Fixture.today) }
            #expect(badType?.errors.first?.field == "type" && badType?.errors.first?.en.contains("'fax'") == true)
            let badWallet = #expect(throws: ValidationFailure.self) {
                try EntityDraft(type: "ewallet", value: "0812", provider: "paypal", lastSeen: "2026-13-01").validated(today: Fixture.today)
            }
            #expect(Set(badWallet?.errors.map(\.field) ?? []) == ["provider", "lastSeen"])
            // A holder or suspect must belong to the case.
            let holderless = try EntityDraft(type: "phone", value: "081234567890", heldBy: "no-such-entity").validated(today: Fixture.today)
            await #expect(throws: ValidationFailure.self) { _ = try await f.store.networks.add(holderless, toCase: c.id, by: f.investigator) }
            let victim = try await f.addVictim(c.id)
            let asSuspect = try EntityDraft(type: "person", value: nil, role: "sponsor", suspectId: victim.id).validated(today: Fixture.today)
            await #expect(throws: ValidationFailure.self) { _ = try await f.store.networks.add(asSuspect, toCase: c.id, by: f.investigator) }
        }
    }

    @Test(arguments: TestBackend.available)
    func callRecordsLoadTheirGoodRowsOnceEachAndJoinTheNetwork(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let caseA = try await f.registerCase(province: "32")
            _ = try await f.store.networks.add(try Self.phone("081299990000"), toCase: caseA.id, by: f.investigator)
            let caseB = try await f.registerCase(by: f.outsider)
            let csv = """
                from,to,time,duration
                0812-1111-2222,0812 9999 0000,2026-03-02 10:00,60
                +6281211112222,081299990000,2026-03-02T18:00:00,30
                081211112222,08123,2026-03-03,5
                081211112222,081211112222,2026-03-03,5
                081211112222,081233334444,03/04/2026,5
                081211112222,081233334444,yesterday,5
                """
            let input = try EvidenceCSV.parse(Array(csv.utf8), kind: .phone)
            #expect(input.rejects.map(\.line) == [4, 5, 7])
            let result = try await f.store.networks.importEvidence(input, kind: .calls, toCase: caseB.id, by: f.outsider)
            #expect(result.rowsLoaded == 3 && result.newEntities == 3 && result.links == 2, "two calls on one day are one link counted twice")
            #expect(result.notified.map(\.id) == ["ag-a"])
            let graph = try await f.store.networks.graph(around: caseB.id, viewer: f.outsider, purpose: "test")
            #expect(Set(graph.cases.keys) == [caseA.id, caseB.id])
            #expect(graph.cases[caseA.id]?.visible == false && graph.cases[caseB.id]?.visible == true)
            #expect(graph.edges.contains { $0.kind == .contacted && $0.count == 2 })
            #expect(try await f.store.audit.entries(limit: 10).contains { $0.action == "network.view" && $0.caseID == caseB.id })
        }
    }

    @Test(arguments: TestBackend.available)
    func namesOnlySuggestAndADecisionKeepsItsHistory(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let caseA = try await f.registerCase()
            let person = { (name: String) in try EntityDraft(type: "person", value: name, role: "recruiter").validated(today: Fixture.today) }
            _ = try await f.store.networks.add(try person("Yohanes Bria Seran"), toCase: caseA.id, by: f.investigator)
            let caseB = try await f.registerCase(by: f.outsider)
            let mine = try await f.store.networks.add(try person("YOHANES BRIA"), toCase: caseB.id, by: f.outsider).mentions[0]
            let listed = try await f.store.networks.entities(caseID: caseB.id, viewer: f.outsider)
            let s = try #require(listed.suggestions.first)
            #expect(s.mentionID == mine.id && s.allWords && s.otherName == nil && s.otherCaseNumber == nil)
            // Not joined until confirmed.
            #expect(try await f.store.networks.graph(around: caseB.id, viewer: f.outsider, purpose: "test").cases.count == 1)
            let unsure = try await f.store.networks.decideName(mentionID: mine.id, otherID: s.otherID, action: .unsure, expectedVersion: 0,
                                                               note: "ayahnya berbeda?", by: f.outsider)
            #expect(unsure.status == .unsure && unsure.version == 1)
            await #expect(throws: StoreError.self) {
                _ = try await f.store.networks.decideName(mentionID: mine.id, otherID: s.otherID, action: .confirm, expectedVersion: 0, note: nil, by: f.outsider)
            }
            let confirmed = try await f.store.networks.decideName(mentionID: mine.id, otherID: s.otherID, action: .confirm, expectedVersion: 1,
                                                                  note: "dikonfirmasi lewat telepon", by: f.outsider)
            #expect(confirmed.history.map(\.action) == [.unsure, .confirm] && confirmed.history[0].note == "ayahnya berbeda?")
            #expect(try await f.store.networks.graph(around: caseB.id, viewer: f.outsider, purpose: "test").cases.count == 2)
            let undone = try await f.store.networks.decideName(mentionID: mine.id, otherID: s.otherID, action: .undo, expectedVersion: 2,
                                                               note: nil, by: f.outsider)
            #expect(undone.status == .undone && undone.history.count == 3)
            // A name that shares no word is not a way to probe another case.
            let stranger = try await f.store.networks.add(try person("Agus Santoso"), toCase: caseA.id, by: f.investigator).mentions[0]
            await #expect(throws: ValidationFailure.self) {
                _ = try await f.store.networks.decideName(mentionID: mine.id, otherID: stranger.id, action: .confirm, expectedVersion: 0, note: nil, by: f.outsider)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func twoPersonsOfOneNameInTwoCasesStayTwoNodesUntilConfirmed(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let caseA = try await f.registerCase(province: "32")
            let person = { (name: String) in try EntityDraft(type: "person", value: name, role: "sponsor").validated(today: Fixture.today) }
            let sponsor = try await f.store.networks.add(try person("Yohanes Bria Seran"), toCase: caseA.id, by: f.investigator).mentions[0]
            _ = try await f.store.networks.add(try Self.phone("0812-3456-7890", heldBy: sponsor.id), toCase: caseA.id, by: f.investigator)
            let caseB = try await f.registerCase(by: f.outsider)
            _ = try await f.store.networks.add(try Self.phone("+62 812 3456 7890"), toCase: caseB.id, by: f.outsider)
            _ = try await f.store.networks.add(try person("Yohanes Bria"), toCase: caseB.id, by: f.outsider)
            let graph = try await f.store.networks.graph(around: caseB.id, viewer: f.outsider, purpose: "test")
            #expect(graph.entities.count == 3, "\(graph.entities.keys.sorted())")
            #expect(graph.entities.values.filter { $0.type == .person }.count == 2)
            #expect(graph.entities.values.first { $0.type == .person && $0.value == nil } != nil, "A's sponsor by pseudonym to B")
        }
    }

    @Test(arguments: TestBackend.available)
    func enteringIdentifiersByTheHundredAlertsTheTaskForceOnce(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase(by: f.outsider)
            let earlier = Array(repeating: AuditEvent(actorUserID: f.outsider.userID, actorAgencyID: f.outsider.agencyID, action: "network.entity.add"),
                                count: NetworkRepository.unusualEntriesPerHour)
            try await f.store.db.transaction { tx in try await f.store.audit.appendBatch(earlier, in: tx) }
            _ = try await f.store.networks.add(try Self.phone("081234567890"), toCase: c.id, by: f.outsider)
            _ = try await f.store.networks.add(try Self.phone("081234567891"), toCase: c.id, by: f.outsider)
            let alerts = try await f.store.audit.entries(limit: 500).filter { $0.action == "security.network_volume" }
            #expect(alerts.count == 1 && alerts.first?.actorUserID == f.outsider.userID)
            let notices = try await f.store.db.query("SELECT text_en FROM notifications WHERE agency_id = ?", [.text("ag-gt")])
            #expect(notices.contains { ($0.optionalText("text_en") ?? "").contains("network entities entered") })
        }
    }

    @Test(arguments: TestBackend.available)
    func aConfirmationThatContradictsAnEarlierNotTheSameIsFlagged(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let person = { (name: String) in try EntityDraft(type: "person", value: name, role: "guard").validated(today: Fixture.today) }
            let caseA = try await f.registerCase(), caseB = try await f.registerCase(), caseC = try await f.registerCase(by: f.outsider)
            let a = try await f.store.networks.add(try person("Agustinus Nahak"), toCase: caseA.id, by: f.investigator).mentions[0]
            let b = try await f.store.networks.add(try person("Agustinus Nahak"), toCase: caseB.id, by: f.investigator).mentions[0]
            let c = try await f.store.networks.add(try person("AGUSTINUS NAHAK"), toCase: caseC.id, by: f.outsider).mentions[0]
            _ = try await f.store.networks.decideName(mentionID: a.id, otherID: c.id, action: .reject, expectedVersion: 0, note: "beda desa", by: f.investigator)
            let bc = try await f.store.networks.decideName(mentionID: b.id, otherID: c.id, action: .confirm, expectedVersion: 0, note: nil, by: f.investigator)
            #expect(bc.contradicts == 0, "B and C: no earlier rejection between them or their confirmed names")
            let ab = try await f.store.networks.decideName(mentionID: a.id, otherID: b.id, action: .confirm, expectedVersion: 0, note: nil, by: f.investigator)
            #expect(ab.contradicts == 1, "A was found different from C, which B is confirmed to be")
            #expect(try await f.store.audit.entries(caseID: caseA.id).contains { $0.detail.contains("contradicting 1 earlier rejections") })
        }
    }
}
