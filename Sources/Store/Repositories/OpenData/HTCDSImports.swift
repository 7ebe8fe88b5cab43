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
///
/// A batch is made ready (`prepare`: ids chosen, identities and items sealed) outside the write
/// transaction, so that the next batch is sealed while this one is written; only the registry
/// numbers and pseudonym codes are taken inside it, so that no number is skipped when a batch
/// fails. Should the registry have changed between the two (another import of the same cases),
/// the batch is planned again inside the transaction.
public struct HTCDSImports: Sendable {
    let db: any SQLDatabase
    let cases: CaseRepository
    let coordination: CoordinationRepository

    /// Loads one batch (the domain importer has checked every row). `actor` is the signed-in
    /// user for a web import, nil for the command line.
    public func load(_ batch: [ExchangeCase], agencyID: String, file: String, by actor: Viewer?, now: Date = Date()) async throws -> HTCDSLoaded {
        try await write(try await prepare(batch, agencyID: agencyID, file: file, by: actor, now: now))
    }

    /// A batch made ready to write, with what the registry held when it was planned.
    public struct PreparedBatch: Sendable {
        let batch: [ExchangeCase]
        let agencyID: String, file: String, actor: Viewer?, now: Date
        let known: KnownCases
        let fresh: [ExchangeCase]
        let plan: HTCDSImportPlan
        let bulk: PreparedBulk
        let support: PreparedCoordinationRows
    }

    /// The batch's cases the registry already knows: loaded by this agency before (or works
    /// them), and registry ids taken.
    struct KnownCases: Sendable, Equatable {
        var present: Set<String>
        var taken: Set<String>

        static func read(_ batch: [ExchangeCase], agencyID: String, in db: any SQLExecutor) async throws -> KnownCases {
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            let ids = batch.map { SQLValue.text($0.id) }
            var present = Set(try await db.query("SELECT partner_id FROM htcds_cases WHERE agency_id = ? AND partner_id IN (\(marks))",
                                                 [.text(agencyID)] + ids).map { try $0.text("partner_id") })
            present.formUnion(try await db.query("SELECT case_id FROM case_agencies WHERE agency_id = ? AND case_id IN (\(marks))",
                                                 [.text(agencyID)] + ids).map { try $0.text("case_id") })
            let taken = Set(try await db.query("SELECT id FROM cases WHERE id IN (\(marks))", ids).map { try $0.text("id") })
            return KnownCases(present: present, taken: taken)
        }

        /// The cases to load: those not present, each partner id once.
        func fresh(_ batch: [ExchangeCase]) -> [ExchangeCase] {
            var seen = Set<String>()
            return batch.filter { !present.contains($0.id) && seen.insert($0.id).inserted }
        }
    }

    /// Plans the batch against the registry as it is now and seals it: the CPU-heavy half, on a
    /// low-priority thread (`LowPriorityThreads`), so that the writer goes first.
    public func prepare(_ batch: [ExchangeCase], agencyID: String, file: String, by actor: Viewer?,
                        now: Date = Date()) async throws -> PreparedBatch {
        let known = batch.isEmpty ? KnownCases(present: [], taken: []) : try await KnownCases.read(batch, agencyID: agencyID, in: db)
        let fresh = known.fresh(batch)
        return try await LowPriorityThreads.shared.run { [cases, coordination] in
            let plan = HTCDSImportPlan.make(fresh, agencyID: agencyID, takenCaseIDs: known.taken, now: now, numbering: nil)
            let stamps = plan.stamps
            return PreparedBatch(batch: batch, agencyID: agencyID, file: file, actor: actor, now: now, known: known, fresh: fresh, plan: plan,
                                 bulk: try cases.prepareBulk(plan.bulk, counters: [:], actor: actor, note: "HTCDS \(file)", action: "htcds.import.batch"),
                                 support: try coordination.prepareBulk(plan.support, updatedAt: { stamps[$0] }))
        }
    }

    /// Writes a prepared batch in one transaction, numbering its cases and persons there.
    public func write(_ p: PreparedBatch) async throws -> HTCDSLoaded {
        guard !p.batch.isEmpty else { return HTCDSLoaded() }
        return try await db.transaction { tx in try await write(p, in: tx) }
    }

    /// Writes a prepared batch inside a transaction the caller holds (which may hold batches
    /// written before it), numbering its cases and persons there.
    func write(_ p: PreparedBatch, in tx: any SQLExecutor) async throws -> HTCDSLoaded {
        guard !p.batch.isEmpty else { return HTCDSLoaded() }
        let known = try await KnownCases.read(p.batch, agencyID: p.agencyID, in: tx)
        var plan = p.plan, bulk = p.bulk, support = p.support
        let fresh = known == p.known ? p.fresh : known.fresh(p.batch)
        var loaded = HTCDSLoaded()
        loaded.skipped = p.batch.count - fresh.count
        guard !fresh.isEmpty else { return loaded }
        let numbering = try await HTCDSImportPlan.Numbering.reserve(fresh, now: p.now, in: tx)
        if known == p.known {
            bulk = bulk.numbered(cases: numbering.cases, persons: numbering.persons)
        } else {
            // The registry changed since the batch was planned: planned again, here.
            plan = HTCDSImportPlan.make(fresh, agencyID: p.agencyID, takenCaseIDs: known.taken, now: p.now, numbering: numbering)
            let stamps = plan.stamps
            bulk = try cases.prepareBulk(plan.bulk, counters: [:], actor: p.actor, note: "HTCDS \(p.file)", action: "htcds.import.batch")
            support = try coordination.prepareBulk(plan.support, updatedAt: { stamps[$0] })
        }
        try await cases.writeBulk(bulk, in: tx)
        try await coordination.writeBulk(support, in: tx)
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

/// One batch's rows as the registry will hold them, with local ids, and the registry numbers
/// and pseudonym codes when they are known (`Numbering`, taken from the counters in the
/// batch's transaction); without them the rows are numbered when written (`PreparedBulk.numbered`).
struct HTCDSImportPlan: Sendable {
    var bulk: [BulkCase] = []
    var support: [ProtectionItem] = []
    /// updated_at of each support item: a millisecond apart, so an export lists them in the file's order.
    var stamps: [String] = []
    var caseKeys: [[SQLValue]] = []
    var rowKeys: [[SQLValue]] = []

    /// Each case's registry number and each person's code, in the batch's order.
    struct Numbering: Sendable {
        var cases: [String] = []
        var persons: [String] = []

        static func reserve(_ batch: [ExchangeCase], now: Date, in tx: any SQLExecutor) async throws -> Numbering {
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
            var out = Numbering()
            for c in batch {
                out.cases.append(CaseNumberFormat.make(year: c.openedOn.year, sequence: numbers[c.openedOn.year]!))
                numbers[c.openedOn.year]! += 1
                for p in c.persons {
                    out.persons.append(PersonCode.make(role: p.role, year: year, sequence: codes[p.role]!))
                    codes[p.role]! += 1
                }
            }
            return out
        }
    }

    static func make(_ batch: [ExchangeCase], agencyID: String, takenCaseIDs: Set<String>, now: Date, numbering: Numbering?) -> HTCDSImportPlan {
        var plan = HTCDSImportPlan(), tick = 0, nextCase = 0, nextPerson = 0, ids = OrderedIDs(now: now)
        func stamp() -> String {
            tick += 1
            return Timestamp.string(now.addingTimeInterval(Double(tick) / 1000))
        }
        let imported = Timestamp.string(now)
        for c in batch {
            // The partner's id is kept where it can serve here: an export then lists the cases in the file's order.
            let caseID = Self.mayKeep(c.id) && !takenCaseIDs.contains(c.id) ? c.id : ids.next()
            let record = CaseRecord(id: caseID, number: numbering?.cases[nextCase] ?? "",
                                    provinceCode: c.provinceCode, regency: "", openedOn: c.openedOn.description,
                                    incidentDate: c.incidentOn?.description, exploitationTypes: c.exploitationTypes, status: c.status,
                                    summary: "Diimpor dari berkas HTCDS / Imported from an HTCDS file", createdAt: imported, updatedAt: imported,
                                    exploitationCountry: c.exploitationCountry)
            nextCase += 1
            var persons: [(person: CasePerson, identity: PersonIdentity)] = [], localPerson: [String: String] = [:]
            for p in c.persons {
                let localID = ids.next()
                localPerson[p.id] = localID
                let person = CasePerson(id: localID, caseID: caseID, role: p.role, code: numbering?.persons[nextPerson] ?? "",
                                        sex: p.sex, ageAtReport: p.age, citizenship: p.citizenship, warnings: [], createdAt: stamp())
                nextPerson += 1
                // A person the file does not name is kept nameless: the sealed column holds an empty identity.
                persons.append((person, p.identity ?? PersonIdentity(fullName: "")))
                plan.rowKeys.append([.text(localID), .text(caseID), .text(p.id)])
            }
            for s in c.support {
                let localID = ids.next()
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
