import Cases
import Foundation

public struct AgencyRepository: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    public func create(_ agency: Agency) async throws {
        try await Self.insert(agency, in: db)
    }

    public static func insert(_ agency: Agency, in tx: any SQLExecutor) async throws {
        try await tx.execute("""
            INSERT INTO agencies (id, code, name, kind, province_code, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(agency.id), .text(agency.code), .text(agency.name), .text(agency.kind.rawValue),
                  .optional(agency.provinceCode), .text(Timestamp.now())])
    }

    public func all() async throws -> [Agency] {
        try await db.query("SELECT * FROM agencies ORDER BY name", []).map(Self.agency)
    }

    public func find(id: String) async throws -> Agency? {
        try await db.query("SELECT * FROM agencies WHERE id = ?", [.text(id)]).first.map(Self.agency)
    }

    public func find(code: String) async throws -> Agency? {
        try await db.query("SELECT * FROM agencies WHERE code = ?", [.text(code)]).first.map(Self.agency)
    }

    public func count() async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM agencies", []).first?.int("n") ?? 0
    }

    /// Changes an agency's name, kind and province (its code and id stay: they are in every record).
    public func update(_ agency: Agency, by admin: Viewer) async throws {
        try await db.transaction { tx in
            guard try await tx.execute("UPDATE agencies SET name = ?, kind = ?, province_code = ? WHERE id = ?",
                                       [.text(agency.name), .text(agency.kind.rawValue), .optional(agency.provinceCode), .text(agency.id)]) == 1
            else { throw StoreError.notFound("agency \(agency.id)") }
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID, action: "agency.updated",
                                                 detail: "\(agency.code) kind=\(agency.kind.rawValue) province=\(agency.provinceCode ?? "-")"), in: tx)
        }
    }

    /// Deactivates or reactivates an agency. An agency with enabled users cannot be deactivated:
    /// they would lose their work without anyone deciding where it goes.
    public func setActive(_ id: String, _ active: Bool, by admin: Viewer) async throws {
        try await db.transaction { tx in
            if !active {
                let users = try await tx.query("SELECT COUNT(*) AS n FROM users WHERE agency_id = ? AND disabled = 0", [.text(id)]).first?
                    .optionalInt("n") ?? 0
                if users > 0 {
                    throw ValidationFailure([FieldError(field: "active",
                        id: "Instansi ini masih memiliki \(users) pengguna aktif. Pindahkan atau nonaktifkan mereka dahulu.",
                        en: "This agency still has \(users) enabled users. Move or disable them first.")])
                }
            }
            guard try await tx.execute("UPDATE agencies SET active = ? WHERE id = ?", [.bool(active), .text(id)]) == 1
            else { throw StoreError.notFound("agency \(id)") }
            try await audit.append(AuditEvent(actorUserID: admin.userID, actorAgencyID: admin.agencyID,
                                                 action: active ? "agency.activated" : "agency.deactivated", detail: id), in: tx)
        }
    }

    static func agency(_ r: SQLRow) throws -> Agency {
        Agency(id: try r.text("id"), code: try r.text("code"), name: try r.text("name"),
               kind: Agency.Kind(rawValue: try r.text("kind")) ?? .ngo, provinceCode: r.optionalText("province_code"),
               active: r["active"].int64.map { $0 != 0 } ?? true)
    }
}
