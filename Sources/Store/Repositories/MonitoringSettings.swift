import Cases
import Monitoring

/// The disclosure threshold k the administrator sets for figures across agencies, kept in the
/// settings table so that every server behind the load balancer applies the same one.
public struct MonitoringSettings: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    static let key = "monitoring.k"

    /// The threshold in force: the administrator's, else the default of 11.
    public func threshold() async throws -> Int {
        guard let bytes = try await SettingsRepository(db: db).blob(Self.key), let k = Int(String(decoding: bytes, as: UTF8.self)) else {
            return DisclosureRule.defaultThreshold
        }
        return max(k, DisclosureRule.minimumThreshold)
    }

    /// Refuses a k under the minimum; the change is in the audit log.
    public func setThreshold(_ k: Int, by viewer: Viewer) async throws {
        _ = try DisclosureRule.protected(k: k)
        try await db.transaction { tx in
            try await SettingsRepository.put(Self.key, Array(String(k).utf8), in: tx)
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "monitoring.threshold", detail: "k=\(k)"), in: tx)
        }
    }
}

extension SimpulStore {
    public var monitoringSettings: MonitoringSettings { MonitoringSettings(db: db, audit: audit) }
}
