import Foundation
import Security
import Testing
@testable import Store

/// What someone who owns the database can do to the audit log once the append-only triggers are
/// dropped, and what verify says about it.
enum AuditTampering {
    /// Changes the detail of entry `seq` and rehashes it and every later entry with `hash`, so
    /// the chain links up again: without the key, `AuditHash.compute` is all an intruder has.
    static func rewrite(_ db: any SQLDatabase, from seq: Int64, hash: (AuditHash.Serialised) -> String) async throws {
        try await AuditAndAccessStoreTests.dropAppendOnlyGuard(db)
        var previous = try await db.queryFirst("SELECT hash FROM audit_log WHERE seq = ?", [.int(seq - 1)])?.text("hash")
            ?? AuditHash.genesis
        for row in try await db.query("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq", [.int(seq)]) {
            let e = try AuditLog.entry(row)
            let event = AuditEvent(actorUserID: e.actorUserID, actorAgencyID: e.actorAgencyID, action: e.action, caseID: e.caseID,
                                   personID: e.personID, detail: e.seq == seq ? "rewritten" : e.detail)
            let linked = previous
            previous = hash(event.serialised(previous: linked, sequence: e.seq, at: e.at))
            try await db.execute("UPDATE audit_log SET prev_hash = ?, detail = ?, hash = ? WHERE seq = ?",
                                 [.text(linked), .text(event.detail), .text(previous), .int(e.seq)])
        }
        try await db.execute("UPDATE audit_head SET hash = ? WHERE id = 1", [.text(previous)])
    }

    /// Removes the entries after `seq` and moves the head back to it: a consistent, shorter log.
    static func cut(_ db: any SQLDatabase, after seq: Int64) async throws {
        try await AuditAndAccessStoreTests.dropAppendOnlyGuard(db)
        try await db.execute("DELETE FROM audit_log WHERE seq > ?", [.int(seq)])
        try await db.execute("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?) WHERE id = 1",
                             [.int(seq), .int(seq)])
    }

    /// Appends as Simpul did before the chain was keyed (plain SHA-256), for an older store.
    static func appendUnkeyed(_ db: any SQLDatabase, count: Int) async throws {
        for _ in 0..<count {
            try await db.transaction { tx in
                let head = try #require(try await tx.query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash", []).first)
                let (seq, previous, at) = (Int64(try head.int("seq")), try head.text("hash"), Timestamp.now())
                let event = AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "user.locked", detail: "before the chain was keyed")
                let hash = AuditHash.compute(event.serialised(previous: previous, sequence: seq, at: at))
                try await tx.execute("""
                    INSERT INTO audit_log (seq, at, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)
                    """, [.int(seq), .text(at), .text(event.action), .text(event.detail), .text(previous), .text(hash)])
                try await tx.execute("UPDATE audit_head SET hash = ? WHERE id = 1", [.text(hash)])
            }
        }
    }

    /// A store that wrote `unkeyed` entries before migration 17 and was then upgraded.
    static func upgradedStore(_ db: any SQLDatabase, unkeyed: Int) async throws -> SimpulStore {
        try await Migrations.migrate(db, upTo: 16)
        try await appendUnkeyed(db, count: unkeyed)
        #expect(try await Migrations.migrate(db, upTo: 17) == [M017_KeyedAuditChain().label])
        try await Migrations.migrate(db)
        let store = SimpulStore(db: db, cipher: Fixture.key)
        try await store.audit.sealKeyedStart()    // as SimpulStore.open does right after migration 17
        return store
    }
}

@Suite("Keyed audit chain and anchors on every store")
struct AuditKeyingStoreTests {
    static let chainKey = AuditChainKey(cipher: Fixture.key)

    @Test(arguments: TestBackend.available)
    func aChainRewrittenWithoutTheKeyIsCaught(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for _ in 0..<4 { _ = try await f.registerCase() }
            let last = try await f.store.audit.verify().lastSeq

            try await AuditTampering.rewrite(f.store.db, from: 1, hash: AuditHash.compute)
            let report = try await f.store.audit.verify()

            #expect(report.problems.count == Int(last))
            #expect(report.problems.first == "entry 1 has an unkeyed hash, but the chain is keyed from entry 1 on (rewritten without the key)")
            // Nor does moving the start of the keyed chain past the end, as if no entry had been keyed
            // yet: only a start at entry 1 goes without the key's seal.
            try await f.store.db.execute("UPDATE audit_head SET keyed_from = ? WHERE id = 1", [.int(last + 1)])
            #expect(try await f.store.audit.verify().problems == [
                "the keyed chain is recorded to begin at entry \(last + 1), but that record does not carry the key's seal (it was moved or its seal removed)",
            ])
        }
    }

    @Test(arguments: TestBackend.available)
    func aTailRewrittenWithTheKeyIsCaughtOnlyGivenAnAnchor(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for _ in 0..<3 { _ = try await f.registerCase() }
            let early = try #require(try await f.store.audit.anchor().anchor)
            for _ in 0..<3 { _ = try await f.registerCase() }
            let late = try #require(try await f.store.audit.anchor().anchor)

            try await AuditTampering.rewrite(f.store.db, from: late.seq - 2, hash: Self.chainKey.hash)

            #expect(try await f.store.audit.verify().isIntact)
            // The early anchor still holds, so the rewrite lies between the two.
            #expect(try await f.store.audit.verify(anchors: [early, late]).problems == [
                "entry \(late.seq) no longer has the hash in the anchor of entry \(late.seq) made at \(late.at): the log was rewritten at or before entry \(late.seq)",
            ])
        }
    }

    @Test(arguments: TestBackend.available)
    func aLogCutShortBeforeItsAnchorIsCaught(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            for _ in 0..<5 { _ = try await f.registerCase() }
            let anchor = try #require(try await f.store.audit.anchor().anchor)

            try await AuditTampering.cut(f.store.db, after: anchor.seq - 2)

            #expect(try await f.store.audit.verify().isIntact)
            #expect(try await f.store.audit.verify(anchors: [anchor]).problems == [
                "the log ends at entry \(anchor.seq - 2), before entry \(anchor.seq) that the anchor of entry \(anchor.seq) made at \(anchor.at) vouches for (entries were cut off)",
            ])
        }
    }

    @Test(arguments: TestBackend.available)
    func anAnchorNotSignedByTheStoresKeyIsRefused(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            _ = try await f.registerCase()
            let (report, made) = try await f.store.audit.anchor()
            let anchor = try #require(made)
            let strange = try AnchorSigner(cipher: FieldCipher(keyBytes: Array(repeating: 1, count: 32)))
                .sign(seq: report.lastSeq, hash: report.lastHash, keyedFrom: 1, at: anchor.at)
            let altered = try AuditAnchor(line: anchor.line.replacingOccurrences(of: anchor.at, with: "2030-01-01T00:00:00.000Z"))

            let problems = try await f.store.audit.verify(anchors: [anchor, strange, altered]).problems

            #expect(problems.count == 2)
            #expect(problems[0].hasSuffix("was signed by another key (\(strange.publicKey)), not this store's (\(anchor.publicKey)): refused"))
            #expect(problems[1] == "the anchor of entry \(report.lastSeq) made at 2030-01-01T00:00:00.000Z has a bad signature (forged or altered): refused")
        }
    }

    @Test(arguments: TestBackend.available)
    func entriesFromBeforeTheKeyStillVerify(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await AuditTampering.upgradedStore(db, unkeyed: 3)
            try await store.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "user.locked"))
            try await store.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "user.locked"))

            let report = try await store.audit.verify()

            #expect(report.problems == [])
            #expect(report.checked == 5 && report.keyedFrom == 4)
            let anchor = try #require(try await store.audit.anchor().anchor)
            #expect(try await store.audit.verify(anchors: [anchor]).isIntact)
        }
    }

    @Test func openingAnOlderStoreSealsWhereItsKeyedChainBegins() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simpul-upgrade-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let older = try SQLiteDatabase.open(path: dir + "/simpul.sqlite")
        try await Migrations.migrate(older, upTo: 16)
        try await AuditTampering.appendUnkeyed(older, count: 2)
        try await older.close()

        let (store, notes) = try await SimpulStore.open(.sqlite(path: dir + "/simpul.sqlite"), keyFile: dir + "/simpul.key",
                                                        environment: [:], logger: .init(label: "t"))
        try await store.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "user.locked"))
        let report = try await store.audit.verify()
        let sealed = try await store.db.queryFirst("SELECT keyed_from_seal FROM audit_head WHERE id = 1", [])?.optionalText("keyed_from_seal")
        try await store.db.close()

        #expect(notes.contains("migration applied: 017 keyed audit chain"))
        #expect(report.problems == [] && report.keyedFrom == 3 && report.checked == 3)
        #expect(sealed == AuditChainKey(cipher: store.cipher).seal(keyedFrom: 3))
    }

    @Test(arguments: TestBackend.available)
    func aKeyedTailRewrittenUnkeyedIsADowngrade(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let store = try await AuditTampering.upgradedStore(db, unkeyed: 2)
            for _ in 0..<3 { try await store.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "user.locked")) }

            try await AuditTampering.rewrite(db, from: 2, hash: AuditHash.compute)

            #expect(try await store.audit.verify().problems == (3...5).map {
                "entry \($0) has an unkeyed hash, but the chain is keyed from entry 3 on (rewritten without the key)"
            })
            // Nor can the start be moved past the rewritten entries: the key sealed it at 3.
            try await db.execute("UPDATE audit_head SET keyed_from = 6 WHERE id = 1", [])
            #expect(try await store.audit.verify().problems == [
                "the keyed chain is recorded to begin at entry 6, but that record does not carry the key's seal (it was moved or its seal removed)",
            ])
        }
    }
}
