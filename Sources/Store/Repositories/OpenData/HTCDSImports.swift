import Cases
import Coordination
import Foundation
import OpenData

/// What an import put into the store, and what it found already there.
public struct HTCDSLoaded: Sendable, Hashable, Codable {
    public var cases = 0
    public var persons = 0
    public var support = 0
    /// Cases left as they were: the agency imported the same partner id before (a second import
    /// of the same file, or a line repeated further down it), or the case is one the agency
    /// already works (its own export coming back).
    public var skipped = 0

    public init() {}

    /// HTCDS rows written: cases, persons and support items.
    public var rows: Int { cases + persons + support }

    public static func += (a: inout HTCDSLoaded, b: HTCDSLoaded) {
        a.cases += b.cases
        a.persons += b.persons
        a.support += b.support
        a.skipped += b.skipped
    }
}

/// Writes a partner's HTCDS cases into the registry as cases of the importing agency: a batch
/// at a time, each in one transaction. Identities are sealed as every registration seals them;
/// the partner's ids and case number are kept beside the new rows (M029), so that a second
/// import skips what the first loaded and an export writes the partner's keys back.
public struct HTCDSImports: Sendable {
    let db: any SQLDatabase
    let cases: CaseRepository
    let coordination: CoordinationRepository

    /// Loads one batch (the domain importer has checked every row). `actor` is the signed-in
    /// user for a web import, nil for the command line.
    public func load(_ batch: [ExchangeCase], agencyID: String, file: String, by actor: Viewer?, now: Date = Date()) async throws -> HTCDSLoaded {
        guard !batch.isEmpty else { return HTCDSLoaded() }
        let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
        let ids = batch.map { SQLValue.text($0.id) }
        return try await db.transaction { tx in
            var present = Set(try await tx.query("SELECT partner_id FROM htcds_cases WHERE agency_id = ? AND partner_id IN (\(marks))",
                                                 [.text(agencyID)] + ids).map { try $0.text("partner_id") })
            present.formUnion(try await tx.query("SELECT case_id FROM case_agencies WHERE agency_id = ? AND case_id IN (\(marks))",
                                                 [.text(agencyID)] + ids).map { try $0.text("case_id") })
            let taken = Set(try await tx.query("SELECT id FROM cases WHERE id IN (\(marks))", ids).map { try $0.text("id") })
            var seen = Set<String>()
            let fresh = batch.filter { !present.contains($0.id) && seen.insert($0.id).inserted }
            var loaded = HTCDSLoaded()
            loaded.skipped = batch.count - fresh.count
            guard !fresh.isEmpty else { return loaded }
            let plan = try await HTCDSImportPlan.make(fresh, agencyID: agencyID, takenCaseIDs: taken, now: now, in: tx)
            let prepared = try cases.prepareBulk(plan.bulk, counters: [:], actor: actor, note: "HTCDS \(file)", action: "htcds.import.batch")
            try await cases.writeBulk(prepared, in: tx)
            let stamps = plan.stamps
            try await coordination.writeBulk(try coordination.prepareBulk(plan.support, updatedAt: { stamps[$0] }), in: tx)
            try await tx.executeBatch("""
                INSERT INTO htcds_cases (case_id, agency_id, partner_id, partner_number, means, imported_at) VALUES (?, ?, ?, ?, ?, ?)
                """, plan.caseKeys)
            try await tx.executeBatch("INSERT INTO htcds_rows (local_id, case_id, partner_id) VALUES (?, ?, ?)", plan.rowKeys)
            loaded.cases = fresh.count
            loaded.persons = plan.bulk.reduce(0) { $0 + $1.persons.count }
            loaded.support = plan.support.count
            return loaded
        }
    }
}

/// One batch's rows as the registry will hold them: local ids, registry numbers and pseudonym
/// codes taken from the counters in the batch's transaction, so that no number is skipped when
/// a batch fails.
struct HTCDSImportPlan {
    var bulk: [BulkCase] = []
    var support: [ProtectionItem] = []
    /// updated_at of each support item: a millisecond apart, so an export lists them in the file's order.
    var stamps: [String] = []
    var caseKeys: [[SQLValue]] = []
    var rowKeys: [[SQLValue]] = []

    static func make(_ batch: [ExchangeCase], agencyID: String, takenCaseIDs: Set<String>, now: Date,
                     in tx: any SQLExecutor) async throws -> HTCDSImportPlan {
        var numbers: [Int: Int] = [:]
        for (year, count) in Dictionary(grouping: batch, by: \.openedOn.year).mapValues(\.count) {
            numbers[year] = try await Counters.reserve("case-\(year)", count, in: tx)
        }
        let year = CalendarDate(now).year
        var codes: [PersonRole: Int] = [:]
        for role in [PersonRole.victim, .suspect] {
            let count = batch.reduce(0) { $0 + $1.persons.count(where: { $0.role == role }) }
            if count > 0 { codes[role] = try await Counters.reserve("person-\(role.rawValue)-\(year)", count, in: tx) }
        }
        var plan = HTCDSImportPlan(), tick = 0
        func stamp() -> String {
            tick += 1
            return Timestamp.string(now.addingTimeInterval(Double(tick) / 1000))
        }
        let imported = Timestamp.string(now)
        for c in batch {
            // The partner's id is kept where it can serve here: an export then lists the cases in the file's order.
            let caseID = Self.mayKeep(c.id) && !takenCaseIDs.contains(c.id) ? c.id : UUID().uuidString.lowercased()
            let record = CaseRecord(id: caseID, number: CaseNumberFormat.make(year: c.openedOn.year, sequence: numbers[c.openedOn.year]!),
                                    provinceCode: c.provinceCode, regency: "", openedOn: c.openedOn.description,
                                    incidentDate: c.incidentOn?.description, exploitationTypes: c.exploitationTypes, status: c.status,
                                    summary: "Diimpor dari berkas HTCDS / Imported from an HTCDS file", createdAt: imported, updatedAt: imported,
                                    exploitationCountry: c.exploitationCountry)
            numbers[c.openedOn.year]! += 1
            var persons: [(person: CasePerson, identity: PersonIdentity)] = [], localPerson: [String: String] = [:]
            for p in c.persons {
                let localID = UUID().uuidString.lowercased()
                localPerson[p.id] = localID
                let person = CasePerson(id: localID, caseID: caseID, role: p.role, code: PersonCode.make(role: p.role, year: year, sequence: codes[p.role]!),
                                        sex: p.sex, ageAtReport: p.age, citizenship: p.citizenship, warnings: [], createdAt: stamp())
                codes[p.role]! += 1
                // A person the file does not name is kept nameless: the sealed column holds an empty identity.
                persons.append((person, p.identity ?? PersonIdentity(fullName: "")))
                plan.rowKeys.append([.text(localID), .text(caseID), .text(p.id)])
            }
            for s in c.support {
                let localID = UUID().uuidString.lowercased()
                plan.support.append(s.protectionItem(localID: localID, caseID: caseID, victimID: localPerson[s.personID]!, agencyID: agencyID,
                                                     caseOpenedOn: c.openedOn))
                plan.stamps.append(stamp())
                plan.rowKeys.append([.text(localID), .text(caseID), .text(s.id)])
            }
            plan.bulk.append(BulkCase(record: record, agencyIDs: [agencyID], persons: persons))
            plan.caseKeys.append([.text(caseID), .text(agencyID), .text(c.id), .optional(c.number),
                                  .text(c.means.map(\.rawValue).joined(separator: ",")), .text(imported)])
        }
        return plan
    }

    /// Whether a partner's case id can be a registry id: short, of letters, digits, hyphens and
    /// underscores only (it appears in addresses), and not in the form of a case number, which
    /// addresses name cases by (`CaseNumberFormat`).
    static func mayKeep(_ id: String) -> Bool {
        (1...64).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            && !CaseNumberFormat.matches(id)
    }
}
