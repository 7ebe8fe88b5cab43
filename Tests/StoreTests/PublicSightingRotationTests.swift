import Cases
import Foundation
import Security
import Testing
@testable import Store

/// Key rotation and the public's sightings: their keyed hashes, like `network_mentions.match_key`,
/// come from a subkey of the root key, which rotation never changes (there is nothing sealed to
/// re-seal in M025's tables). A rotation must leave every count standing, and a check made
/// after it must still meet the case files keyed before it.
@Suite("Key rotation and public sightings")
struct PublicSightingRotationTests {
    @Test(arguments: TestBackend.available)
    func countsSurviveARotationAndChecksAfterItStillMatch(_ backend: TestBackend) async throws {
        try await Fixture.with(backend, cipher: FieldCipher(keyring: try Fixture.keyringWithNewKey())) { f in
            // Set-up: every sealed column filled, a phone in a case file, a check naming it.
            try await f.fillEverySealedColumn(2)
            let c = try await f.registerCase()
            let phone = try await f.store.networks.add(try PublicSightingStoreTests.entity("phone", "0857-2210-4438"), toCase: c.id,
                                                       by: f.investigator).mentions[0]
            try await f.store.publicSightings.recordCheck(PublicSightingStoreTests.check(phone: "+62 857 2210 4438"), on: PublicSightingStoreTests.day)
            let keysBefore = try await f.store.db.query("SELECT match_key FROM public_check_counts", []).compactMap { $0["match_key"].int64 }

            // Under test: a full rotation to key 1.
            var rotation = KeyRotation(store: f.store)
            rotation.batchSize = 2
            try await rotation.makeCurrent(1)
            #expect(try await rotation.run().finished)

            // The stored hashes are untouched and still those the case file's identifier has.
            let keysAfter = try await f.store.db.query("SELECT match_key FROM public_check_counts", []).compactMap { $0["match_key"].int64 }
            #expect(keysAfter == keysBefore)
            #expect(SealedColumn.all.allSatisfy { !$0.table.hasPrefix("public_") }, "nothing sealed in them, so nothing to re-seal")
            try await f.store.publicSightings.recordCheck(PublicSightingStoreTests.check(phone: "085722104438"), on: PublicSightingStoreTests.day)
            let listed = try await f.store.networks.entities(caseID: c.id, viewer: f.investigator)
            #expect(listed.namedByPublic[phone.id] == PublicSightingCount(reports: 0, checks: 2))
            // A phone recorded after the rotation meets the checks made before it.
            let later = try await f.registerCase(by: f.outsider)
            let again = try await f.store.networks.add(try PublicSightingStoreTests.entity("phone", "+6285722104438"), toCase: later.id,
                                                       by: f.outsider).mentions[0]
            #expect(try await f.store.networks.entities(caseID: later.id, viewer: f.outsider).namedByPublic[again.id]?.checks == 2)
        }
    }
}
