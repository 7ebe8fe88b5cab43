import Foundation
import OfferCheck

/// What the checker consults besides its rules, read together: the register of licensed
/// agencies indexed for lookups, and the published warnings indexed for matching.
public struct OfferRegisterSnapshot: Sendable {
    public let agencies: AgencyRegistry
    public let warnings: WarningList
    /// The store's `offer_register` change number it was read at.
    public let version: Int64
}

/// Gives the checker the register as the store holds it now. Building the index of 10,000
/// agencies takes about 150 ms, so each server keeps the last one it built under the change
/// number it read (M022's counter, `VersionedCache`) and rebuilds only after a change, whichever
/// server made it — once, however many checks arrive meanwhile (`OfferRegisterBuilds`). A check
/// reads the number alone: one row by its key.
public struct OfferRegisterRepository: Sendable {
    let db: any SQLDatabase
    let cache: VersionedCache<Int, OfferRegisterSnapshot>
    let builds: OfferRegisterBuilds

    public func current() async throws -> OfferRegisterSnapshot {
        let version = try await Self.version(db)
        if let kept = cache.value(0, version: version) { return kept }
        return try await builds.snapshot(atLeast: version) { [db, cache] in
            let snapshot = try await Self.read(db)
            cache.keep(snapshot, 0, version: snapshot.version)
            return snapshot
        }
    }

    /// The register and the warnings, read in one transaction with the number, so the index
    /// matches the number it is kept under.
    static func read(_ db: any SQLDatabase) async throws -> OfferRegisterSnapshot {
        try await db.transaction { tx -> OfferRegisterSnapshot in
            let version = try await Self.version(tx)
            let agencies = try await LicensedAgencyRepository.all(in: tx)
            let warnings = try await PublishedWarningRepository.current(in: tx)
            return OfferRegisterSnapshot(agencies: AgencyRegistry(agencies), warnings: WarningList(warnings), version: version)
        }
    }

    static func version(_ db: any SQLExecutor) async throws -> Int64 {
        guard let v = try await db.queryFirst("SELECT value FROM change_counters WHERE name = 'offer_register'", [])?["value"].int64 else {
            throw StoreError.corrupt("the offer_register change counter is missing")
        }
        return v
    }
}

/// One build of the checker's index at a time per change number. After a start or an import,
/// the checks that arrive together (sixteen, say, under load) wait for the one build already
/// under way instead of each making its own: on two cores sixteen builds took a second.
public actor OfferRegisterBuilds {
    private var running: (version: Int64, task: Task<OfferRegisterSnapshot, any Error>)?

    public init() {}

    /// The snapshot of a build for `version` or later: the one under way, or a new one.
    func snapshot(atLeast version: Int64, build: @escaping @Sendable () async throws -> OfferRegisterSnapshot) async throws -> OfferRegisterSnapshot {
        if let running, running.version >= version { return try await running.task.value }
        let task = Task { try await build() }
        running = (version, task)
        do {
            return try await task.value
        } catch {
            // A failed build is not kept: the next check tries again.
            if running?.task == task { running = nil }
            throw error
        }
    }
}
