import Foundation
import Security

/// Re-seals every sealed value under the current data-encryption key while servers keep
/// running. Nothing is ever unreadable: every server already holds the new key before it becomes
/// current (`simpul key add`, then distribute the keyring), each value is replaced by a box of the
/// same plaintext in one write, and the old key stays in the keyring until `retire` has checked
/// that no value is under it.
public struct KeyRotation: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    public var batchSize = 200
    /// Called after each committed batch of a pass (its column's report so far); tests throw here
    /// to stop a pass midway as a crash would.
    public var batchDone: @Sendable (SealedColumnReport) async throws -> Void = { _ in }

    public init(store: SimpulStore) {
        db = store.db
        cipher = store.cipher
    }

    /// Makes key `id` the one that seals, in the store (for every server that holds it) and here;
    /// refused while a running server lacks it, since it could not read what is sealed under it.
    public func makeCurrent(_ id: UInt32) async throws {
        guard cipher.keyring.keys[id] != nil else { throw KeyError.unknownKeyID(id) }
        try await KeyHolders(db: db).requireEveryServerHolds(id)
        let keys = DataKeys(db: db)
        var state = try await keys.read()
        state.current = id
        if !state.inUse.contains(id) { state.inUse.append(id) }
        try await keys.write(state)
        try cipher.sealWith(id)
    }

    /// One pass over every sealed column towards the store's current key, from the checkpoints an
    /// interrupted pass left, if any.
    public func pass() async throws -> RotationPass {
        let target = try await DataKeys(db: db).read().current
        try cipher.sealWith(target)
        let checkpoints = RotationCheckpoints(db: db)
        let marks = try await checkpoints.all().filter { $0.value.target == target }
        var reports: [SealedColumnReport] = []
        for column in SealedColumn.all {
            let mark = marks[column.name]
            if mark?.done == true {
                var report = SealedColumnReport(column: column.name)
                report.doneEarlier = true
                reports.append(report)
                continue
            }
            let walk = SealedColumnWalk(column: column, db: db, cipher: cipher, batchSize: batchSize)
            let report = try await walk.walk(after: try mark?.after.map(column.cursor), resealTo: target, checkpoints: checkpoints,
                                             resealedBefore: mark?.resealed ?? 0, batchDone: batchDone)
            try await db.transaction { tx in
                try await checkpoints.save(column.name, .init(target: target, after: nil, done: true,
                                                              resealed: (mark?.resealed ?? 0) + report.resealed), in: tx)
            }
            reports.append(report)
        }
        try await checkpoints.clear()
        return RotationPass(target: target, resumed: !marks.isEmpty, columns: reports)
    }

    /// Passes (at most `maxPasses`) until every running server seals under the current key and a
    /// pass begun `settle` after they all did finds every value under it. Values a server sealed
    /// under the old key meanwhile (it had not yet learnt of the new one, within 10 s) are taken by
    /// the next pass; `settle` covers a write sealed just before its server switched and committed
    /// just after.
    public func run(maxPasses: Int = 5, settle: Duration = .seconds(2),
                    passDone: @Sendable (RotationPass) -> Void = { _ in }) async throws -> RotationOutcome {
        var passes: [RotationPass] = []
        var settledSince: ContinuousClock.Instant?
        var behind: [KeyHolders.Holder] = []
        repeat {
            let target = try await DataKeys(db: db).read().current
            let running = try await KeyHolders(db: db).running()
            behind = running.filter { $0.sealingKey != target }
            if behind.isEmpty, settledSince == nil { settledSince = running.isEmpty ? .now - settle : .now }
            let startedAt = ContinuousClock.now
            let pass = try await pass()
            passes.append(pass)
            passDone(pass)
            if pass.complete, let settledSince, startedAt >= settledSince + settle {
                return RotationOutcome(passes: passes, finished: true, serversBehind: [])
            }
            if pass.complete { try await Task.sleep(for: settle) }    // nothing to re-seal until the servers switch
        } while passes.count < maxPasses
        return RotationOutcome(passes: passes, finished: false, serversBehind: behind)
    }

    /// How many values each column holds under each key, read only.
    public func census() async throws -> [SealedColumnReport] {
        var reports: [SealedColumnReport] = []
        for column in SealedColumn.all {
            let walk = SealedColumnWalk(column: column, db: db, cipher: cipher, batchSize: batchSize)
            reports.append(try await walk.walk(after: nil, resealTo: nil, checkpoints: nil))
        }
        return reports
    }

    /// Takes key `id` off the keys the data may be under, once no value is sealed under it. The
    /// caller then removes it from the keyring. Key 0 stays: it is the root of the derived keys.
    public func retire(_ id: UInt32) async throws {
        guard id != Keyring.rootID else {
            throw StoreError.badConfiguration("key 0 cannot be retired: it is the root of the derived keys (receipt codes, blind indexes, the audit chain)")
        }
        let keys = DataKeys(db: db)
        var state = try await keys.read()
        guard id != state.current else {
            throw StoreError.badConfiguration("key \(id) is the current key: add a new key and rotate to it before retiring \(id)")
        }
        let sealing = try await KeyHolders(db: db).running().filter { $0.sealingKey == id }.map(\.server)
        guard sealing.isEmpty else {
            throw StoreError.conflict("running servers still seal under key \(id): \(sealing.joined(separator: "; ")); run simpul key rotate until it finishes")
        }
        let left = try await census().filter { ($0.found[id] ?? 0) > 0 }
        guard left.isEmpty else {
            let list = left.map { "\($0.column): \($0.found[id]!)" }.joined(separator: ", ")
            throw StoreError.conflict("values are still sealed under key \(id) (\(list)); run simpul key rotate until none are, then retire it")
        }
        state.inUse.removeAll { $0 == id }
        try await keys.write(state)
    }
}
