import Cases
import Foundation

public struct AgencyRepository: Sendable {
    let db: any SQLDatabase

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

    static func agency(_ r: SQLRow) throws -> Agency {
        Agency(id: try r.text("id"), code: try r.text("code"), name: try r.text("name"),
               kind: Agency.Kind(rawValue: try r.text("kind")) ?? .ngo, provinceCode: r.optionalText("province_code"))
    }
}
