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
/// agencies takes tens of milliseconds, so each server keeps the last one it built under the
/// change number it read (M022's counter, `VersionedCache`) and rebuilds only after a change,
/// whichever server made it. A check reads the number alone: one row by its key.
public struct OfferRegisterRepository: Sendable {
    let db: any SQLDatabase
    let cache: VersionedCache<Int, OfferRegisterSnapshot>

    public func current() async throws -> OfferRegisterSnapshot {
        let version = try await Self.version(db)
        if let kept = cache.value(0, version: version) { return kept }
        // Read inside one transaction with the number, so the index matches the number it is kept under.
        let snapshot = try await db.transaction { tx -> OfferRegisterSnapshot in
            let version = try await Self.version(tx)
            let agencies = try await LicensedAgencyRepository.all(in: tx)
            let warnings = try await PublishedWarningRepository.current(in: tx)
            return OfferRegisterSnapshot(agencies: AgencyRegistry(agencies), warnings: WarningList(warnings), version: version)
        }
        cache.keep(snapshot, 0, version: snapshot.version)
        return snapshot
    }

    static func version(_ db: any SQLExecutor) async throws -> Int64 {
        guard let v = try await db.queryFirst("SELECT value FROM change_counters WHERE name = 'offer_register'", [])?["value"].int64 else {
            throw StoreError.corrupt("the offer_register change counter is missing")
        }
        return v
    }
}
