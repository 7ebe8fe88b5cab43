import Cases
import Foundation
import Security

/// A case ready for a bulk load (demo data, imports): the record, its agencies and its persons.
public struct BulkCase: Sendable {
    public let record: CaseRecord
    public let agencyIDs: [String]
    public let persons: [(person: CasePerson, identity: PersonIdentity)]

    public init(record: CaseRecord, agencyIDs: [String], persons: [(person: CasePerson, identity: PersonIdentity)]) {
        self.record = record
        self.agencyIDs = agencyIDs
        self.persons = persons
    }
}

extension CaseRepository {
    /// Loads many cases in one transaction with prepared statements, sealing every identity.
    /// Counters are raised to at least the given values so later registrations continue after them.
    public func bulkInsert(_ batch: [BulkCase], counters: [String: Int], actor: Viewer?, note: String) async throws {
        var caseRows: [[SQLValue]] = [], agencyRows: [[SQLValue]] = [], personRows: [[SQLValue]] = []
        let encoder = JSONEncoder()
        for c in batch {
            caseRows.append(Self.row(c.record, createdBy: nil))
            for a in c.agencyIDs { agencyRows.append(Self.agencyRow(c.record, agencyID: a)) }
            for (p, identity) in c.persons {
                let sealed = try cipher.seal(json: identity, context: "person:\(p.id)")
                let warnings = p.warnings.isEmpty ? "[]" : String(decoding: try encoder.encode(p.warnings), as: UTF8.self)
                personRows.append([.text(p.id), .text(p.caseID), .text(p.role.rawValue), .text(p.code), .optional(p.sex?.rawValue),
                                   .optional(p.ageAtReport), .optional(p.citizenship), .text(warnings), .blob(sealed),
                                   .null, .text(p.createdAt)])
            }
        }
        let matchRows = PersonMatchIndex(db: db, cipher: cipher).rows(for: batch.flatMap { c in
            c.persons.map { (id: $0.person.id, identity: $0.identity, sex: $0.person.sex) }
        })
        let (cases, agencies, persons) = (caseRows, agencyRows, personRows)
        try await db.transaction { tx in
            try await tx.executeBatch("""
                INSERT INTO cases (id, number, province_code, regency, regency_key, opened_on, incident_date,
                    exploitation_types, status, summary, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, cases)
            try await tx.executeBatch(Self.agencyInsertSQL, agencies)
            try await tx.executeBatch("""
                INSERT INTO case_persons (id, case_id, role, code, sex, age_at_report, citizenship, warnings, identity, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, persons)
            try await matchRows.write(in: tx)
            for (name, value) in counters {
                try await tx.execute("""
                    INSERT INTO counters (name, value) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET value = CASE WHEN counters.value > excluded.value THEN counters.value ELSE excluded.value END
                    """, [.text(name), .int(value)])
            }
            try await AuditLog.append(AuditEvent(actorUserID: actor?.userID, actorAgencyID: actor?.agencyID,
                                                 action: "case.bulk_load", detail: "\(batch.count) cases; \(note)"), in: tx)
        }
    }

    public func count() async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM cases", []).first?.int("n") ?? 0
    }
}
