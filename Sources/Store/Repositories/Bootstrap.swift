import Cases
import Foundation

/// What a brand-new store needs before its first user: the task force's own agency.
public enum Bootstrap {
    public static let taskForceCode = "GT-PUSAT"

    /// The task-force agency, created if the store has none.
    public static func taskForceAgency(in tx: any SQLExecutor) async throws -> Agency {
        if let row = try await tx.query("SELECT * FROM agencies WHERE code = ?", [.text(taskForceCode)]).first {
            return try AgencyRepository.agency(row)
        }
        let agency = Agency(id: "ag-gt-pusat", code: taskForceCode, name: "Gugus Tugas PP-TPPO Pusat", kind: .taskForce, provinceCode: nil)
        try await AgencyRepository.insert(agency, in: tx)
        return agency
    }
}
