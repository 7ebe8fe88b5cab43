import Cases
import Foundation
import Testing
@testable import Store

@Suite("Audit chain, sessions and lock-out on every store")
struct AuditAndAccessStoreTests {
    static func dropAppendOnlyGuard(_ db: any SQLDatabase) async throws {
        switch db.dialect {
        case .sqlite:
            try await db.execute("DROP TRIGGER audit_no_update")
            try await db.execute("DROP TRIGGER audit_no_delete")
        case .postgres:
            try await db.execute("DROP TRIGGER audit_no_change ON audit_log")
        }
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseRefusesToChangeTheLog(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            _ = try await f.registerCase()
            await #expect(throws: StoreError.self) { try await f.store.db.execute("UPDATE audit_log SET detail = 'x'") }
            await #expect(throws: StoreError.self) { try await f.store.db.execute("DELETE FROM audit_log") }
        }
    }

    @Test(arguments: TestBackend.available)
    func verifyNamesAnAlteredEntry(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for _ in 0..<4 { _ = try await f.registerCase() }
            #expect(try await f.store.audit.verify().isIntact)
            try await Self.dropAppendOnlyGuard(f.store.db)
            try await f.store.db.execute("UPDATE audit_log SET actor_user_id = 'someone-else' WHERE seq = 2")
            let report = try await f.store.audit.verify()
            #expect(report.problems == ["entry 2 was altered (its content no longer matches its hash)"])
        }
    }

    @Test(arguments: TestBackend.available)
    func verifyNamesDeletedEntriesInTheMiddleAndAtTheEnd(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for _ in 0..<5 { _ = try await f.registerCase() }
            try await Self.dropAppendOnlyGuard(f.store.db)
            try await f.store.db.execute("DELETE FROM audit_log WHERE seq = 3")
            try await f.store.db.execute("DELETE FROM audit_log WHERE seq = 5")
            let problems = try await f.store.audit.verify().problems
            #expect(problems.contains("entry 3 is missing (deleted)"))
            #expect(problems.contains { $0.hasPrefix("entry 4 does not link") })
            #expect(problems.contains("entry 5, the last one written, is missing (deleted)"))
        }
    }

    @Test(arguments: TestBackend.available)
    func sessionsExpireAndCanBeEnded(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let now = Date()
            let secret = try await f.store.sessions.create(userID: f.investigator.userID, secondFactorDone: false, language: "id", now: now)
            #expect(try await f.store.sessions.find(secret: secret, now: now)?.userID == f.investigator.userID)
            #expect(try await f.store.sessions.find(secret: secret, now: now.addingTimeInterval(SessionRepository.lifetime + 1)) == nil)
            let other = try await f.store.sessions.create(userID: f.investigator.userID, secondFactorDone: false, language: "id")
            try await f.store.sessions.delete(secret: other)
            #expect(try await f.store.sessions.find(secret: other) == nil)
            // Only the hash is stored.
            let rows = try await f.store.db.query("SELECT id_hash FROM sessions", [])
            #expect(!rows.contains { $0["id_hash"].string == other || $0["id_hash"].string == secret })
        }
    }

    @Test(arguments: TestBackend.available)
    func aSignedInReadCarriesTheChangeNumbersOfThatMoment(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let secret = try await f.store.sessions.create(userID: f.investigator.userID, secondFactorDone: true, language: "id")
            let before = try #require(try await f.store.sessions.signedIn(secret: secret)).2
            #expect(before == (try await f.store.changeNumbers()))
            _ = try await f.registerCase()
            let afterCase = try #require(try await f.store.sessions.signedIn(secret: secret)).2
            #expect(afterCase.cases > before.cases && afterCase.access == before.access)
            _ = try await f.store.users.create(username: "c", displayName: "C", agencyID: "ag-a", role: .investigator, email: nil, passwordHash: "x")
            let afterUser = try #require(try await f.store.sessions.signedIn(secret: secret)).2
            #expect(afterUser.access > afterCase.access && afterUser.cases == afterCase.cases)
        }
    }

    @Test(arguments: TestBackend.available)
    func idleSessionsEndAndANewPasswordEndsThemAll(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let now = Date()
            let idle = try await f.store.sessions.create(userID: f.investigator.userID, secondFactorDone: false, language: "id", now: now)
            // Used within the idle timeout, it lives on; the use moves the idle clock.
            let used = now.addingTimeInterval(SessionRepository.idleTimeout - 60)
            #expect(try await f.store.sessions.signedIn(secret: idle, now: used) != nil)
            #expect(try await f.store.sessions.signedIn(secret: idle, now: used.addingTimeInterval(SessionRepository.idleTimeout - 60)) != nil)
            let later = used.addingTimeInterval(SessionRepository.idleTimeout - 60).addingTimeInterval(SessionRepository.idleTimeout + 1)
            #expect(try await f.store.sessions.signedIn(secret: idle, now: later) == nil)
            #expect(try await f.store.sessions.find(secret: idle, now: now) == nil, "an idle session is deleted, not only refused")

            let one = try await f.store.sessions.create(userID: f.investigator.userID, secondFactorDone: true, language: "id")
            let two = try await f.store.sessions.create(userID: f.investigator.userID, secondFactorDone: true, language: "en")
            let others = try await f.store.sessions.create(userID: f.outsider.userID, secondFactorDone: true, language: "id")
            try await f.store.users.setPassword(userID: f.investigator.userID, hash: "new-hash")
            #expect(try await f.store.sessions.signedIn(secret: one) == nil)
            #expect(try await f.store.sessions.signedIn(secret: two) == nil)
            #expect(try await f.store.sessions.signedIn(secret: others) != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func fiveFailuresLockTheAccount(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for _ in 0..<4 { try await f.store.users.recordFailure(userID: f.investigator.userID) }
            #expect(try await f.store.users.credentials(username: "a")?.lockedUntil == nil)
            try await f.store.users.recordFailure(userID: f.investigator.userID)
            let locked = try #require(try await f.store.users.credentials(username: "a")?.lockedUntil)
            #expect(locked > Date().addingTimeInterval(14 * 60))
        }
    }

    @Test(arguments: TestBackend.available)
    func apiTokensAndSetupTokensAreHashedAndSingleUse(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let token = try await f.store.tokens.createAPIToken(userID: f.investigator.userID, name: "test", validFor: 1)
            #expect(try await f.store.tokens.user(forAPIToken: token)?.id == f.investigator.userID)
            #expect(try await f.store.tokens.user(forAPIToken: token, now: Date().addingTimeInterval(2 * 86400)) == nil)
            #expect(try await f.store.db.query("SELECT * FROM api_tokens WHERE token_hash = ?", [.text(token)]).isEmpty)
            let setup = try await f.store.tokens.createSetupToken()
            #expect(try await f.store.db.transaction { try await TokenRepository.consumeSetupToken(setup, in: $0) })
            #expect(try await f.store.db.transaction { try await TokenRepository.consumeSetupToken(setup, in: $0) } == false)
        }
    }
}

@Suite("Opening a store")
struct StoreOpeningTests {
    @Test func aStoreOpensOnlyWithItsOwnKey() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-open-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let location = StoreLocation.sqlite(path: dir + "/simpul.sqlite")
        let (store, notes) = try await SimpulStore.open(location, keyFile: dir + "/simpul.key", environment: [:], logger: .init(label: "t"))
        #expect(notes.contains { $0.contains("new encryption key") })
        try await store.db.close()

        let (again, _) = try await SimpulStore.open(location, keyFile: dir + "/simpul.key", environment: [:], logger: .init(label: "t"))
        try await again.db.close()

        let wrong = Data(Array(repeating: UInt8(9), count: 32)).base64EncodedString()
        await #expect(throws: (any Error).self) {
            _ = try await SimpulStore.open(location, keyFile: dir + "/simpul.key", environment: ["SIMPUL_KEY": wrong], logger: .init(label: "t"))
        }
        try FileManager.default.removeItem(atPath: dir + "/simpul.key")
        await #expect(throws: (any Error).self) {
            _ = try await SimpulStore.open(location, keyFile: dir + "/simpul.key", environment: [:], logger: .init(label: "t"))
        }
    }
}
