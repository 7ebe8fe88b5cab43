import Cases
import Foundation
import Security

extension CaseRepository {
    /// Adds a person to a case; the identity is sealed with the person's id as context.
    public func addPerson(_ person: ValidPerson, toCase caseID: String, by viewer: Viewer, now: Date = Date()) async throws -> CasePerson {
        let involved = Set(try await involvedAgencies(caseID: caseID).map(\.id))
        guard !involved.isEmpty, AccessPolicy.maySeeCase(viewer, involvedAgencies: involved) else {
            throw StoreError.notFound("case \(caseID)")
        }
        guard AccessPolicy.mayAddPerson(viewer, involvedAgencies: involved) else { throw AccessDenied() }
        let id = UUID().uuidString.lowercased()
        let sealed = try cipher.seal(json: person.identity, context: "person:\(id)")
        let warnings = String(decoding: try JSONEncoder().encode(person.warnings), as: UTF8.self)
        let stamp = Timestamp.string(now)
        let matchRows = PersonMatchIndex(db: db, cipher: cipher, audit: audit).rows(for: [(id, person.identity, person.sex)])
        let searchRows = PersonSearchIndex(db: db, cipher: cipher).rows(personID: id, caseID: caseID, identity: person.identity)
        return try await db.transaction { tx in
            let year = CalendarDate(now).year
            let n = try await Counters.next("person-\(person.role.rawValue)-\(year)", in: tx)
            let p = CasePerson(id: id, caseID: caseID, role: person.role, code: PersonCode.make(role: person.role, year: year, sequence: n),
                               sex: person.sex, ageAtReport: person.ageAtReport, citizenship: person.citizenship,
                               warnings: person.warnings, createdAt: stamp)
            try await tx.execute("""
                INSERT INTO case_persons (id, case_id, role, code, sex, age_at_report, citizenship, warnings, identity, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(caseID), .text(p.role.rawValue), .text(p.code), .optional(p.sex?.rawValue),
                      .optional(p.ageAtReport), .optional(p.citizenship), .text(warnings), .blob(sealed),
                      .optional(viewer.userID), .text(stamp)])
            try await matchRows.write(in: tx)
            try await PersonSearchIndex(db: db, cipher: cipher).write(searchRows, in: tx)
            try await tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [.text(stamp), .text(caseID)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "person.add", caseID: caseID, personID: id,
                                              detail: p.role.rawValue), in: tx, at: now)
            return p
        }
    }
}

extension CaseRepository {
    /// Several persons at once by id, without identities (pseudonyms only; nothing to audit).
    public func persons(ids: [String]) async throws -> [String: CasePerson] {
        let ids = Array(Set(ids))
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try await db.query("SELECT * FROM case_persons WHERE id IN (\(marks))", ids.map { .text($0) })
        return Dictionary(try rows.map { let p = try Self.person($0); return (p.id, p) }, uniquingKeysWith: { a, _ in a })
    }

    /// One person's identity for a reader outside the case's agencies who holds a grant for it
    /// (an active referral). The caller has checked the grant; the reading is audited here with
    /// the reason.
    public func identity(ofPerson personID: String, inCase caseID: String, by viewer: Viewer, reason: String) async throws -> PersonIdentity? {
        guard viewer.role.mayNeedIdentities,
              let row = try await db.query("SELECT identity FROM case_persons WHERE id = ? AND case_id = ?", [.text(personID), .text(caseID)]).first,
              let sealed = row.blob("identity") else { return nil }
        let identity = try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(personID)")
        try await audit.record(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "identity.read",
                                          caseID: caseID, personID: personID, detail: reason))
        return identity
    }
}

extension CaseRepository {
    /// The identities among `personIDs` that the viewer may see by the case page's rule (her
    /// agency involved in the person's case, a role that may need identities), read in one batch
    /// for a page that names several persons of several cases; every other person stays a
    /// pseudonym. Each reading is audited with `reason`, all in one transaction.
    public func identities(ofPersons personIDs: [String], viewer: Viewer, reason: String, now: Date = Date()) async throws -> [String: PersonIdentity] {
        let ids = Array(Set(personIDs))
        guard !ids.isEmpty, viewer.role.mayNeedIdentities else { return [:] }
        let rows = try await db.query("SELECT id, case_id, role, identity FROM case_persons WHERE id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))",
                                      ids.map { .text($0) })
        let cases = try await summaries(caseIDs: Array(Set(try rows.map { try $0.text("case_id") })))
        var out: [String: PersonIdentity] = [:], reads: [AuditEvent] = []
        for r in rows {
            let id = try r.text("id"), caseID = try r.text("case_id")
            let role = PersonRole(rawValue: try r.text("role")) ?? .witness
            guard AccessPolicy.maySeeIdentity(viewer, of: role, involvedAgencies: cases[caseID]?.involvedAgencyIDs ?? []),
                  let sealed = r.blob("identity") else { continue }
            out[id] = try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(id)")
            reads.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "identity.read",
                                    caseID: caseID, personID: id, detail: reason))
        }
        if !reads.isEmpty {
            let events = reads
            try await db.transaction { tx in for e in events { try await audit.append(e, in: tx, at: now) } }
        }
        return out
    }
}
