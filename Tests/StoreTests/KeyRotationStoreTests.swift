import Cases
import Foundation
import Logging
import Security
import Testing
@testable import Store

/// `simpul key rotate` in the store: every sealed column moves to the new key, values read back
/// the same, an interrupted rotation resumes, and a server still sealing under the old key is
/// caught up with by the next pass.
@Suite("Key rotation")
struct KeyRotationStoreTests {
    /// Stops a pass after `batches` committed batches, as a crash would.
    struct Interrupted: Error {}

    @Test(arguments: TestBackend.available)
    func rotationReSealsEverySealedColumnAndEveryValueReadsBack(_ backend: TestBackend) async throws {
        try await Fixture.with(backend, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey())) { f in
            try await f.fillEverySealedColumn()
            let before = try await f.sealedValues()
            #expect(Set(before.keys) == Set(SealedColumn.all.map(\.name)), "every sealed column holds a value to rotate")
            #expect(before.values.allSatisfy { $0.values.allSatisfy { $0.keyID == 0 } })

            var rotation = KeyRotation(store: f.store)
            rotation.batchSize = 2
            try await rotation.makeCurrent(1)
            let outcome = try await rotation.run()
            let passes = outcome.passes
            #expect(outcome.finished)

            let after = try await f.sealedValues()
            #expect(after.values.allSatisfy { $0.values.allSatisfy { $0.keyID == 1 } }, "no value is left under key 0")
            for (column, values) in before {
                #expect(after[column]?.mapValues(\.plaintext) == values.mapValues(\.plaintext), "\(column) reads back the same")
            }
            #expect(passes.count == 2 && passes[0].resealed == before.values.map(\.count).reduce(0, +) && passes[1].complete)
            #expect(try await rotation.census().allSatisfy { Set($0.found.keys).isSubset(of: [1]) })
            #expect(try await f.store.dataKeys.read() == DataKeyState(current: 1, inUse: [0, 1]))
            // The repositories read the re-sealed values.
            let caseID = try #require(try await f.store.db.query("SELECT case_id FROM case_persons ORDER BY created_at LIMIT 1", []).first).text("case_id")
            #expect(try await f.store.cases.detail(id: caseID, viewer: f.investigator).identities.values.contains { $0.fullName == "Siti Aminah" })
            #expect(try await f.store.users.secondFactor(userID: f.investigator.userID) != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func anInterruptedRotationResumesFromItsCheckpoints(_ backend: TestBackend) async throws {
        try await Fixture.with(backend, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey())) { f in
            try await f.fillEverySealedColumn(6)
            let before = try await f.sealedValues()
            var rotation = KeyRotation(store: f.store)
            rotation.batchSize = 2
            try await rotation.makeCurrent(1)
            let batches = Counter()
            // 8 identities in 4 batches of 2, then the TOTP secret: stopped right after it.
            rotation.batchDone = { _ in if await batches.next() == 5 { throw Interrupted() } }
            await #expect(throws: Interrupted.self) { try await rotation.pass() }
            let marks = try await RotationCheckpoints(db: f.store.db).all()
            #expect(marks["case_persons.identity"].map { $0.done && $0.resealed == 8 } == true)
            #expect(marks["users.totp_secret"].map { !$0.done && $0.resealed == 1 && $0.after == [f.investigator.userID] } == true)
            #expect(marks["reports.content"] == nil)

            rotation.batchDone = { _ in }
            let resumed = try await rotation.pass()
            #expect(resumed.resumed && resumed.columns[0].doneEarlier && !resumed.columns[1].doneEarlier)
            #expect(resumed.resealed == before.values.map(\.count).reduce(0, +) - 9, "nothing is re-sealed twice")
            #expect(try await rotation.pass().complete)
            let after = try await f.sealedValues()
            #expect(after.values.allSatisfy { $0.values.allSatisfy { $0.keyID == 1 } })
            #expect(after.mapValues { $0.mapValues(\.plaintext) } == before.mapValues { $0.mapValues(\.plaintext) })
        }
    }

    @Test(arguments: TestBackend.available)
    func valuesAServerSealsUnderTheOldKeyMeanwhileAreTakenByTheNextPass(_ backend: TestBackend) async throws {
        try await Fixture.with(backend, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey())) { f in
            try await f.fillEverySealedColumn(4)
            // A second server: same database, a keyring without key 1, so it seals under key 0.
            let lagging = SimpulStore(db: f.store.db, cipher: Fixture.key)
            var rotation = KeyRotation(store: f.store)
            rotation.batchSize = 2
            try await rotation.makeCurrent(1)
            let written = Counter()
            rotation.batchDone = { report in
                // Once the pass is beyond reports and users, the lagging server files reports and
                // rewrites a TOTP secret, behind the pass's back.
                guard report.column.hasPrefix("coordination_records") || report.column.hasPrefix("person_link") else { return }
                let i = await written.next()
                guard i <= 3 else { return }
                _ = try await lagging.reportIntake.submit(Fixture.report(100 + i))
                try await lagging.users.setSecondFactor(userID: f.investigator.userID, totp: TOTP(secret: Array("\(i)2345678901234567890".utf8)),
                                                        acceptedStep: Int64(i))
            }
            let outcome = try await rotation.run()
            let passes = outcome.passes
            #expect(outcome.finished && passes.count >= 2 && passes.last!.complete)
            #expect(passes.dropFirst().contains { $0.resealed > 0 }, "a later pass re-sealed what the lagging server wrote")
            let after = try await f.sealedValues()
            #expect(after.values.allSatisfy { $0.values.allSatisfy { $0.keyID == 1 } })
            #expect(after["reports.content"]?.count == 7)
            let secret = try #require(try await f.store.users.secondFactor(userID: f.investigator.userID))
            #expect(secret.0.secret == Array("32345678901234567890".utf8), "the lagging server's last write was kept, not overwritten")
            // The lagging server can still read what it wrote and what was re-sealed only if it gets key 1: it must, before rotating.
            await #expect(throws: KeyError.unknownKeyID(1)) { try await lagging.users.secondFactor(userID: f.investigator.userID) }
        }
    }

    @Test(arguments: TestBackend.available)
    func aKeyIsRetiredOnlyWhenNoValueIsUnderIt(_ backend: TestBackend) async throws {
        try await Fixture.with(backend, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey())) { f in
            try await f.fillEverySealedColumn(1)
            let rotation = KeyRotation(store: f.store)
            try await rotation.makeCurrent(1)
            _ = try await rotation.run()
            await #expect(throws: StoreError.self) { try await rotation.retire(1) }    // the current key
            await #expect(throws: StoreError.self) { try await rotation.retire(0) }    // the root
            var keyring = f.store.cipher.keyring
            _ = keyring.addKey(Array(repeating: 44, count: 32))
            let withTwo = KeyRotation(store: SimpulStore(db: f.store.db, cipher: FieldCipher(keyring: keyring)))
            try await withTwo.makeCurrent(2)
            await #expect { try await withTwo.retire(1) } throws: { "\($0)".contains("still sealed under key 1") }
            try await f.store.keyHolders.report(server: "srv-a", cipher: f.store.cipher)    // has not switched to key 2 yet
            _ = try await withTwo.run(maxPasses: 1)
            await #expect { try await withTwo.retire(1) } throws: { "\($0)".contains("srv-a") }
            try await f.store.keyHolders.report(server: "srv-a", cipher: withTwo.cipher)
            _ = try await withTwo.run()
            try await withTwo.retire(1)
            #expect(try await f.store.dataKeys.read() == DataKeyState(current: 2, inUse: [0, 2]))
        }
    }

    @Test(arguments: TestBackend.available)
    func runningServersFollowTheStoresCurrentKeyWhenTheyHoldIt(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            try await Migrations.migrate(db)
            let holder = SimpulStore(db: db, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey()))
            let lacking = SimpulStore(db: db, cipher: Fixture.key)
            let rotating = SimpulStore(db: db, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey()))
            try await KeyRotation(store: rotating).makeCurrent(1)
            #expect(holder.cipher.sealingKeyID == 0)
            try await holder.followSealingKey(logger: Logger(label: "test"))
            try await lacking.followSealingKey(logger: Logger(label: "test"))
            #expect(holder.cipher.sealingKeyID == 1 && holder.users.cipher.sealingKeyID == 1, "every repository of the store follows")
            #expect(lacking.cipher.sealingKeyID == 0, "a server without key 1 goes on sealing under key 0")
        }
    }

    @Test(arguments: TestBackend.available)
    func aKeyDoesNotBecomeCurrentWhileARunningServerCannotReadIt(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey()))
            try await store.keyHolders.report(server: "srv-a", cipher: store.cipher)
            try await store.keyHolders.report(server: "srv-b", cipher: Fixture.key)
            await #expect { try await KeyRotation(store: store).makeCurrent(1) } throws: { "\($0)".contains("srv-b (holds 0)") }
            #expect(try await store.dataKeys.read() == .initial)
            // srv-b was stopped: a minute after its last report it no longer counts.
            try await store.keyHolders.report(server: "srv-b", cipher: Fixture.key, now: Date().addingTimeInterval(-KeyHolders.lifetime - 1))
            try await KeyRotation(store: store).makeCurrent(1)
            #expect(try await store.keyHolders.running().map(\.server) == ["srv-a"])
            try await store.keyHolders.forget(server: "srv-a")
            #expect(try await store.keyHolders.running().isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRotationIsNotFinishedWhileARunningServerStillSealsUnderTheOldKey(_ backend: TestBackend) async throws {
        try await Fixture.with(backend, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey())) { f in
            try await f.fillEverySealedColumn(1)
            // A server that holds key 1 but has not yet looked up that it is current.
            let server = SimpulStore(db: f.store.db, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey()))
            try await server.keyHolders.report(server: "srv-a", cipher: server.cipher)
            let rotation = KeyRotation(store: f.store)
            try await rotation.makeCurrent(1)
            let early = try await rotation.run(maxPasses: 3, settle: .milliseconds(20))
            #expect(!early.finished && early.serversBehind.map(\.server) == ["srv-a"], "clean passes are not enough while srv-a seals under key 0")
            try await server.followSealingKey(logger: Logger(label: "test"))
            try await server.keyHolders.report(server: "srv-a", cipher: server.cipher)
            let late = try await rotation.run(maxPasses: 3, settle: .milliseconds(20))
            #expect(late.finished && late.passes.count == 2, "one pass to see srv-a switched, one begun after it settled")
        }
    }

    @Test(arguments: TestBackend.available)
    func aStoreDoesNotOpenWithAKeyringThatLacksAKeyItsDataIsUnder(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey()))
            try await KeyRotation(store: store).makeCurrent(1)
            await #expect { try await SimpulStore.sealUnderCurrentKey(Fixture.key, db: db) } throws: { "\($0)".contains("key id 1") }
            let holder = FieldCipher(keyring: try Fixture.keyringWithNewKey())
            try await SimpulStore.sealUnderCurrentKey(holder, db: db)
            #expect(holder.sealingKeyID == 1)
        }
    }
}

/// Counts calls from concurrent closures.
actor Counter {
    private var n = 0
    func next() -> Int { n += 1; return n }
}
