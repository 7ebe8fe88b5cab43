import Cases

/// Counts without identities: what an analyst may see.
public struct CaseStatistics: Sendable, Codable {
    public var total: Int
    public var byProvince: [String: Int]
    public var byStatus: [String: Int]
    public var byYear: [String: Int]
}

extension CaseRepository {
    public func statistics() async throws -> CaseStatistics {
        func grouped(_ column: String) async throws -> [String: Int] {
            var out: [String: Int] = [:]
            for r in try await db.query("SELECT \(column) AS k, COUNT(*) AS n FROM cases GROUP BY \(column)", []) {
                out[try r.text("k")] = try r.int("n")
            }
            return out
        }
        let byProvince = try await grouped("province_code")
        return CaseStatistics(total: byProvince.values.reduce(0, +), byProvince: byProvince,
                              byStatus: try await grouped("status"), byYear: try await grouped("substr(opened_on, 1, 4)"))
    }
}
