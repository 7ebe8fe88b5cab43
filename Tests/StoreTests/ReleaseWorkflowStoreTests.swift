import Cases
import Foundation
import OpenData
import Testing
@testable import Store

/// The release workflow in the store (M027): a draft kept byte for byte, approved, published with
/// the store's own sealed signing key; each step once, in order, audited; and what is published
/// refused any change by the database itself.
@Suite("Release workflow in the store")
struct ReleaseWorkflowStoreTests {
    static let day = CalendarDate(iso: "2026-12-06")!

    static func records(_ n: Int) -> [VictimRecord] {
        (0..<n).map { i in
            VictimRecord(year: 2024 + i % 3, age: 10 + i % 40, sex: i % 2 == 0 ? .female : .male, citizenship: "ID",
                         provinceCode: "35", exploitation: [.forcedLabour], means: [])
        }
    }

    static func draft(_ f: Fixture, version: String, epsilon: Fraction = Fraction(1, 2)!) async throws -> ReleaseDraft {
        var source = SystemRandomBits()
        return try ReleaseDraft.build(ReleaseSpec(version: version, date: day, tables: ReleaseSpec.standardTables(epsilon: epsilon),
                                                  years: 2024...2026),
                                      records: records(300), ledger: try await f.store.openData.ledger("victims"), using: &source)
    }

    @Test(arguments: TestBackend.available)
    func aDraftIsPreviewedApprovedAndPublishedSignedWithTheStoresKey(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            try await f.store.openData.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!), of: "victims", by: f.admin)
            let built = try await Self.draft(f, version: "2026.1")
            #expect(try await f.store.openData.signingPublicKey() == nil)

            // Kept: read back as built, nothing spent, not publishable before approval.
            let id = try await f.store.openData.keep(built, by: f.admin)
            let kept = try #require(try await f.store.openData.draft(id))
            #expect(kept.contents == built.contents && kept.stage == .built && kept.preparedBy == f.admin.userID)
            #expect(try await f.store.openData.drafts().map(\.id) == [id])
            await #expect(throws: OpenDataError.notApproved("2026.1")) { _ = try await f.store.openData.publish(draftID: id, by: f.admin) }
            #expect(try await f.store.openData.ledger("victims").spent == .none)

            try await f.store.openData.approve(draftID: id, on: Self.day, by: f.admin)
            await #expect(throws: OpenDataError.alreadyApproved("2026.1")) {
                try await f.store.openData.approve(draftID: id, on: Self.day, by: f.admin)
            }
            #expect(try await f.store.openData.draft(id)?.stage == .approved)

            // The one thing under test: publication signs with a key made now, sealed in the store.
            let release = try await f.store.openData.publish(draftID: id, by: f.admin)
            let publicKey = try #require(try await f.store.openData.signingPublicKey())
            let files = try await f.store.openData.files(version: "2026.1")
            #expect(files == release.files && files.prefix(built.files.count).elementsEqual(built.files))
            let manifest = try PublishedRelease.verify(files: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) }),
                                                       publicKey: publicKey)
            #expect(manifest.publicKey == publicKey.base64EncodedString())
            #expect(try await f.store.openData.ledger("victims").spent.epsilon == Fraction(3, 2)!)
            #expect(try await f.store.openData.draft(id)?.stage == .published)
            await #expect(throws: OpenDataError.alreadyPublished("2026.1")) { _ = try await f.store.openData.publish(draftID: id, by: f.admin) }
            // The seed is sealed: its bytes are not in the row, and it opens to the same key.
            let row = try #require(try await f.store.db.query("SELECT sealed_seed FROM open_data_signing_keys", []).first)
            let signer = try #require(try await OpenDataRepository.storedSigner(in: f.store.db, cipher: f.store.cipher))
            #expect(signer.publicKey == publicKey && !Data(row.blob("sealed_seed") ?? []).contains(signer.seedToSeal))
            let actions = try await f.store.db.query("SELECT action FROM audit_log WHERE action LIKE ? ORDER BY seq", [.text("opendata.%")])
                .map { try $0.text("action") }
            #expect(actions == ["opendata.cap_set", "opendata.draft_prepared", "opendata.draft_approved",
                                "opendata.signing_key_made", "opendata.published"])
        }
    }

    @Test(arguments: TestBackend.available)
    func anApprovedDraftBeyondTheCapIsRefusedAndWritesNothing(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            try await f.store.openData.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!), of: "victims", by: f.admin)
            let key = try await f.store.openData.makeSigningKey(by: f.admin)
            #expect(try await f.store.openData.makeSigningKey(by: f.admin) == key, "made once")
            // Two drafts of 3/2 each fit alone; both are approved, only the first can be published.
            let first = try await f.store.openData.keep(try await Self.draft(f, version: "a"), by: f.admin)
            let second = try await f.store.openData.keep(try await Self.draft(f, version: "b"), by: f.admin)
            try await f.store.openData.approve(draftID: first, on: Self.day, by: f.admin)
            try await f.store.openData.approve(draftID: second, on: Self.day, by: f.admin)
            _ = try await f.store.openData.publish(draftID: first, by: f.admin)
            await #expect {
                _ = try await f.store.openData.publish(draftID: second, by: f.admin)
            } throws: { error in
                guard case OpenDataError.budgetExceeded = error else { return false }
                return (error as! OpenDataError).indonesian.contains("terlampaui")
            }
            #expect(try await f.store.openData.draft(second)?.stage == .approved)
            #expect(try await f.store.openData.releases().map(\.version) == ["a"])
            #expect(try await f.store.openData.ledger("victims").spent.epsilon == Fraction(3, 2)!)
            await #expect(throws: StoreError.notFound("open data draft nothing")) {
                try await f.store.openData.approve(draftID: "nothing", on: Self.day, by: f.admin)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func publicationsAtOnceTakeTurnsSoTheCapHolds(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: two approved drafts of ε = 3/2 each under a cap of 2; the key made beforehand,
            // so that nothing else in publishing makes the two wait for each other.
            try await f.store.openData.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!), of: "victims", by: f.admin)
            try await f.store.openData.makeSigningKey(by: f.admin)
            var ids: [String] = []
            for version in ["a", "b"] {
                let id = try await f.store.openData.keep(try await Self.draft(f, version: version), by: f.admin)
                try await f.store.openData.approve(draftID: id, on: Self.day, by: f.admin)
                ids.append(id)
            }
            // The one thing under test: both published at once, as two servers would, twice over
            // for the first (the same draft from two tabs).
            let store = f.store, admin = f.admin
            let outcomes = await withTaskGroup(of: Result<SignedRelease, any Error>.self) { group in
                for id in ids + [ids[0]] {
                    group.addTask {
                        do { return .success(try await store.openData.publish(draftID: id, by: admin)) } catch { return .failure(error) }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            // What must hold: one published, the others refused for a reason the administrator can read.
            #expect(outcomes.filter { (try? $0.get()) != nil }.count == 1)
            for case .failure(let error) in outcomes { #expect(error is OpenDataError, "\(error)") }
            #expect(try await f.store.openData.ledger("victims").spent.epsilon == Fraction(3, 2)!)
            #expect(try await f.store.openData.releases().count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseRefusesAnyChangeToWhatIsPublished(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            try await f.store.openData.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!), of: "victims", by: f.admin)
            let id = try await f.store.openData.keep(try await Self.draft(f, version: "2026.1"), by: f.admin)
            let unpublished = try await f.store.openData.keep(try await Self.draft(f, version: "2026.2", epsilon: Fraction(1, 10)!), by: f.admin)
            try await f.store.openData.approve(draftID: id, on: Self.day, by: f.admin)
            _ = try await f.store.openData.publish(draftID: id, by: f.admin)
            let before = try await f.store.openData.files(version: "2026.1")

            // Every way a code path (or a person at the SQL prompt) could change it is refused.
            for sql in ["UPDATE open_data_releases SET receipt = '{}'", "DELETE FROM open_data_releases",
                        "UPDATE open_data_release_files SET sha256 = 'x'", "DELETE FROM open_data_release_files",
                        "UPDATE open_data_drafts SET version = 'x' WHERE id = '\(id)'", "DELETE FROM open_data_drafts",
                        "DELETE FROM open_data_draft_files", "UPDATE open_data_draft_files SET name = 'x'"] {
                await #expect(throws: (any Error).self, "\(sql)") { try await f.store.db.execute(sql, []) }
            }
            #expect(try await f.store.openData.files(version: "2026.1") == before)
            // A draft not yet published may still be approved (its row changes; its files do not).
            try await f.store.openData.approve(draftID: unpublished, on: Self.day, by: f.admin)
            #expect(try await f.store.openData.draft(unpublished)?.stage == .approved)
        }
    }
}
