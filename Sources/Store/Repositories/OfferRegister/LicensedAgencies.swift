import Cases
import Foundation
import OfferCheck

/// The register of licensed placement agencies (P3MI) in the store (M022). The list is only ever
/// replaced whole: an import deletes the old list and writes the new one, its history row and
/// its audit entry in one transaction, so every reader sees one list or the other.
public struct LicensedAgencyRepository: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    /// Puts the good rows of `imported` in place of the whole register. `admin` is nil when the
    /// file came from the command line.
    @discardableResult
    public func replace(with imported: AgencyImport, fileName: String, by admin: Viewer?) async throws -> AgencyImportRecord {
        let id = UUID().uuidString.lowercased()
        let now = Timestamp.now()
        let name = String(fileName.prefix(200))
        let via: AgencyImportRecord.Via = admin == nil ? .cli : .admin
        let rejects = String(decoding: try JSONEncoder().encode(imported.rejects), as: UTF8.self)
        let ignored = String(decoding: try JSONEncoder().encode(imported.ignoredColumns), as: UTF8.self)
        let rows = try imported.agencies.map { try Self.binds($0, importID: id) }
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO agency_imports (id, imported_at, imported_by, via, file_name, loaded, rejected, rejects, ignored_columns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(now), .optional(admin?.userID), .text(via.rawValue), .text(name),
                      .int(imported.agencies.count), .int(imported.rejects.count), .text(rejects), .text(ignored)])
            try await tx.execute("DELETE FROM licensed_agencies", [])
            if !rows.isEmpty {
                try await tx.executeBatch("""
                    INSERT INTO licensed_agencies (licence_key, licence_number, name, name_key, nib, issued, valid_until, status,
                                                   head_office, branches, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows)
            }
            try await audit.append(AuditEvent(actorUserID: admin?.userID, actorAgencyID: admin?.agencyID, action: "p3mi.imported",
                                              detail: "import=\(id) via=\(via.rawValue) loaded=\(imported.agencies.count) rejected=\(imported.rejects.count)"),
                                   in: tx)
        }
        return AgencyImportRecord(id: id, importedAt: now, importedBy: admin?.userID, importedByName: nil, via: via, fileName: name,
                                  loaded: imported.agencies.count, rejected: imported.rejects.count, rejects: imported.rejects,
                                  ignoredColumns: imported.ignoredColumns)
    }

    /// The whole register, by name.
    public func all() async throws -> [LicensedAgency] { try await Self.all(in: db) }

    static func all(in db: any SQLExecutor) async throws -> [LicensedAgency] {
        try await db.query("SELECT * FROM licensed_agencies ORDER BY name_key, licence_key", []).map(Self.agency)
    }

    public func count() async throws -> Int {
        try await db.queryFirst("SELECT COUNT(*) AS n FROM licensed_agencies", [])?.int("n") ?? 0
    }

    /// The imports, newest first.
    public func imports(limit: Int = 50) async throws -> [AgencyImportRecord] {
        try await db.query("""
            SELECT i.*, u.display_name FROM agency_imports i LEFT JOIN users u ON u.id = i.imported_by
            ORDER BY i.imported_at DESC, i.id LIMIT ?
            """, [.int(limit)]).map(Self.record)
    }

    static func binds(_ a: LicensedAgency, importID: String) throws -> [SQLValue] {
        let branches = String(decoding: try JSONEncoder().encode(a.branches), as: UTF8.self)
        return [.text(a.licenceKey), .text(a.licenceNumber), .text(a.name), .text(a.normalisedName), .optional(a.nib),
                .optional(a.issued?.description), .optional(a.validUntil?.description), .text(a.status.rawValue),
                .optional(a.headOffice), .text(branches), .text(importID)]
    }

    static func agency(_ r: SQLRow) throws -> LicensedAgency {
        guard let status = LicenceStatus(rawValue: try r.text("status")) else { throw StoreError.corrupt("licensed_agencies.status") }
        let branches = try JSONDecoder().decode([String].self, from: Data(try r.text("branches").utf8))
        return LicensedAgency(name: try r.text("name"), nib: r.optionalText("nib"), licenceNumber: try r.text("licence_number"),
                              issued: r.optionalText("issued").flatMap { CalendarDay(iso: $0) },
                              validUntil: r.optionalText("valid_until").flatMap { CalendarDay(iso: $0) },
                              status: status, headOffice: r.optionalText("head_office"), branches: branches)
    }

    static func record(_ r: SQLRow) throws -> AgencyImportRecord {
        let decoder = JSONDecoder()
        return AgencyImportRecord(
            id: try r.text("id"), importedAt: try r.text("imported_at"), importedBy: r.optionalText("imported_by"),
            importedByName: r.optionalText("display_name"), via: AgencyImportRecord.Via(rawValue: try r.text("via")) ?? .cli,
            fileName: try r.text("file_name"), loaded: try r.int("loaded"), rejected: try r.int("rejected"),
            rejects: try decoder.decode([AgencyReject].self, from: Data(try r.text("rejects").utf8)),
            ignoredColumns: try decoder.decode([String].self, from: Data(try r.text("ignored_columns").utf8)))
    }
}
