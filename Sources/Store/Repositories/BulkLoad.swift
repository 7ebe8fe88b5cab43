import Cases
import Foundation
import Linkage
import Security

/// A case ready for a bulk load (demo data, imports): the record, its agencies and its persons.
public struct BulkCase: Sendable {
    public let record: CaseRecord
    public let agencyIDs: [String]
    public let persons: [(person: CasePerson, identity: PersonIdentity)]
    /// The agency that registered the case; the first involved one unless said otherwise.
    public let registeredBy: String?

    public init(record: CaseRecord, agencyIDs: [String], persons: [(person: CasePerson, identity: PersonIdentity)],
                registeredBy: String? = nil) {
        self.record = record
        self.agencyIDs = agencyIDs
        self.persons = persons
        self.registeredBy = registeredBy ?? agencyIDs.first
    }
}

/// A bulk load made ready to write: identities sealed, person-matching rows computed. Preparing
/// is the CPU-heavy half, writing the database half, so a loader can prepare the next batch
/// while this one is written.
struct PreparedBulk: Sendable {
    private(set) var cases: [[SQLValue]]
    private(set) var agencies: [[SQLValue]]
    private(set) var persons: [[SQLValue]]
    /// Search-by-name keys, written with the persons (no later pass has to open each identity again).
    let searchRows: [[SQLValue]]
    /// The same keys under each agency of their case (M028).
    var searchRowsByAgency: AgencySearchKeys
    var matchRows: PersonMatchIndex.Rows
    let counters: [String: Int]
    let event: AuditEvent

    /// The same rows with the registry numbers and pseudonym codes given in the batch's order
    /// (its cases; each case's persons in turn): a batch sealed before its transaction is
    /// numbered in it. Positions are those of the INSERTs in `writeBulk` and
    /// `CaseRepository.agencyInsertSQL`.
    func numbered(cases numbers: [String], persons codes: [String]) -> PreparedBulk {
        precondition(numbers.count == cases.count && codes.count == persons.count, "a number for every case and a code for every person")
        var out = self, byCase: [String: String] = [:]
        for (i, number) in numbers.enumerated() {
            out.cases[i][1] = .text(number)
            if let id = cases[i][0].string { byCase[id] = number }
        }
        for i in out.agencies.indices {
            if let id = out.agencies[i][0].string, let number = byCase[id] { out.agencies[i][4] = .text(number) }
        }
        for (i, code) in codes.enumerated() { out.persons[i][3] = .text(code) }
        return out
    }
}

extension CaseRepository {
    /// Loads many cases in one transaction with prepared statements, sealing every identity.
    /// Counters are raised to at least the given values so later registrations continue after them.
    public func bulkInsert(_ batch: [BulkCase], counters: [String: Int], actor: Viewer?, note: String) async throws {
        try await writeBulk(try prepareBulk(batch, counters: counters, actor: actor, note: note))
    }

    /// `action` names the audit entry (an HTCDS import is audited as such, not as a demo load).
    func prepareBulk(_ batch: [BulkCase], counters: [String: Int], actor: Viewer?, note: String,
                     action: String = "case.bulk_load") throws -> PreparedBulk {
        // Sealing each identity (JSON, then AES-GCM) is the heavier part: one part per core.
        let parts = try parallelChunks(batch.count, minimumChunk: 250) { range in Result {
            var caseRows: [[SQLValue]] = [], agencyRows: [[SQLValue]] = [], personRows: [[SQLValue]] = [], searchRows: [[SQLValue]] = []
            var byAgency = AgencySearchKeys()
            let encoder = JSONEncoder()
            let search = PersonSearchIndex(db: db, cipher: cipher)
            for c in batch[range] {
                caseRows.append(Self.row(c.record, createdBy: nil, registeredBy: c.registeredBy))
                for a in c.agencyIDs { agencyRows.append(Self.agencyRow(c.record, agencyID: a)) }
                for (p, identity) in c.persons {
                    let sealed = try cipher.seal(json: identity, context: "person:\(p.id)")
                    let warnings = p.warnings.isEmpty ? "[]" : String(decoding: try encoder.encode(p.warnings), as: UTF8.self)
                    personRows.append([.text(p.id), .text(p.caseID), .text(p.role.rawValue), .text(p.code), .optional(p.sex?.rawValue),
                                       .optional(p.ageAtReport), .optional(p.citizenship), .text(warnings), .blob(sealed),
                                       .null, .text(p.createdAt)])
                    let keys = search.rows(personID: p.id, caseID: p.caseID, identity: identity)
                    searchRows += keys
                    byAgency.add(keys: keys.compactMap { $0[0].int64 }, personID: p.id, caseID: p.caseID, agencyIDs: c.agencyIDs,
                                 openedOn: c.record.openedOn)
                }
            }
            return (caseRows, agencyRows, personRows, searchRows, byAgency)
        } }.map { try $0.get() }
        let caseRows = parts.flatMap(\.0), agencyRows = parts.flatMap(\.1), personRows = parts.flatMap(\.2), searchRows = parts.flatMap(\.3)
        var byAgency = AgencySearchKeys()
        for part in parts { byAgency.append(contentsOf: part.4) }
        let matchRows = PersonMatchIndex(db: db, cipher: cipher, audit: audit).rows(for: batch.flatMap { c in
            c.persons.map { (id: $0.person.id, identity: $0.identity, sex: $0.person.sex) }
        })
        return PreparedBulk(cases: caseRows, agencies: agencyRows, persons: personRows, searchRows: searchRows, searchRowsByAgency: byAgency, matchRows: matchRows, counters: counters,
                            event: AuditEvent(actorUserID: actor?.userID, actorAgencyID: actor?.agencyID,
                                              action: action, detail: "\(batch.count) cases; \(note)"))
    }

    func writeBulk(_ p: PreparedBulk) async throws {
        try await db.transaction { tx in try await writeBulk(p, in: tx) }
    }

    /// The same inside the caller's transaction.
    func writeBulk(_ p: PreparedBulk, in tx: any SQLExecutor) async throws {
        try await tx.executeBatch("""
            INSERT INTO cases (id, number, province_code, regency, regency_key, opened_on, incident_date,
                exploitation_types, status, summary, created_by, created_at, updated_at, exploitation_country, registered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, p.cases)
        try await tx.executeBatch(Self.agencyInsertSQL, p.agencies)
        try await tx.executeBatch("""
            INSERT INTO case_persons (id, case_id, role, code, sex, age_at_report, citizenship, warnings, identity, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, p.persons)
        try await p.matchRows.write(in: tx)
        try await PersonSearchIndex(db: db, cipher: cipher).write(p.searchRows, byAgency: p.searchRowsByAgency, in: tx)
        for (name, value) in p.counters {
            try await tx.execute("""
                INSERT INTO counters (name, value) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET value = CASE WHEN counters.value > excluded.value THEN counters.value ELSE excluded.value END
                """, [.text(name), .int(value)])
        }
        try await audit.append(p.event, in: tx)
    }

    public func count() async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM cases", []).first?.int("n") ?? 0
    }
}

/// Person-matching keys held back from the batches of a large bulk load and written once at its
/// end. The keys are digests, so every batch's keys land all over the index: written batch by
/// batch, each batch rewrote nearly every page of an ever larger index (a 100k-case demo waited
/// on its writes for 25 of 58 s, longer with every batch). Written once, in key order, the
/// index is filled page after page. The term counts, small, still go with their batch, so the
/// store's population is known (and a model can be estimated) while the keys are written.
/// The search keys by agency (M028) are digests too, and are held and written the same way.
struct HeldMatchKeys: Sendable {
    var rows = PersonMatchIndex.Rows()
    var searchByAgency = AgencySearchKeys()

    init() {}

    /// Takes the batch's matching keys and search keys by agency; the batch is then written
    /// without them.
    mutating func hold(from batch: inout PreparedBulk) {
        rows.keys += batch.matchRows.keys
        batch.matchRows.keys = []
        searchByAgency.append(contentsOf: batch.searchRowsByAgency)
        batch.searchRowsByAgency = AgencySearchKeys()
    }

    /// Writes what was held, in one transaction.
    func write(to store: SimpulStore) async throws {
        guard !rows.isEmpty || !searchByAgency.isEmpty else { return }
        let rows = self.rows, byAgency = self.searchByAgency
        try await store.db.transaction { tx in
            try await rows.write(in: tx)
            try await byAgency.write(in: tx)
        }
    }
}
