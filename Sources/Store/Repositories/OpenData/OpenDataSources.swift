import Cases
import Coordination
import Foundation
import Law
import OpenData

/// What open data reads from the registry: victims reduced to their quasi-identifiers for a
/// release, and whole cases a page at a time for an HTCDS export.
public struct OpenDataSources: Sendable {
    let db: any SQLDatabase
    let coordination: CoordinationRepository
    let cases: CaseRepository

    /// Every victim in the registry as a release counts them. The means of a case are those of
    /// its latest legal screening; a case never screened has those its HTCDS file stated, if it
    /// was imported, else none.
    public func victimRecords() async throws -> [VictimRecord] {
        let means = try await latestMeans(caseIDs: nil)
        return try await db.query("""
            SELECT p.case_id, p.sex, p.age_at_report, p.citizenship, c.province_code, c.opened_on, c.exploitation_types
            FROM case_persons p JOIN cases c ON c.id = p.case_id WHERE p.role = 'victim'
            """, []).map { r in
            VictimRecord(year: CalendarDate(iso: try r.text("opened_on"))?.year, age: r.optionalInt("age_at_report"),
                         sex: r.optionalText("sex").flatMap(CasePerson.Sex.init(rawValue:)), citizenship: r.optionalText("citizenship"),
                         provinceCode: r.optionalText("province_code"),
                         exploitation: Set(try r.text("exploitation_types").split(separator: ",").compactMap { ExploitationType(rawValue: String($0)) }),
                         means: Set(means[try r.text("case_id")] ?? []))
        }
    }

    /// How many cases an export will write.
    public func caseCount() async throws -> Int {
        try await db.query("SELECT COUNT(*) AS n FROM cases", []).first?.int("n") ?? 0
    }

    /// Up to `limit` cases after `afterID` (by id), with their victims and suspects, means,
    /// protection items and agencies; all cases, or those `agencyID` works. Identities are read
    /// only for `identitiesFor`, and only those that viewer may see, each reading audited. An
    /// imported case comes out under its partner's ids and case number (M029), so the page
    /// names the registry id to read the next page after.
    public func exchangePage(after afterID: String?, limit: Int, agencyID: String? = nil,
                             identitiesFor viewer: Viewer? = nil) async throws -> ExchangePage {
        let rows: [SQLRow]
        if let agencyID {
            rows = try await db.query("""
                SELECT c.* FROM case_agencies ca JOIN cases c ON c.id = ca.case_id
                WHERE ca.agency_id = ? AND ca.case_id > ? ORDER BY ca.case_id LIMIT ?
                """, [.text(agencyID), .text(afterID ?? ""), .int(limit)])
        } else {
            rows = try await db.query("SELECT * FROM cases WHERE id > ? ORDER BY id LIMIT ?", [.text(afterID ?? ""), .int(limit)])
        }
        let records = try rows.map(CaseRepository.record)
        guard !records.isEmpty else { return ExchangePage(cases: [], next: nil) }
        let ids = records.map(\.id)
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let binds = ids.map(SQLValue.text)
        var persons: [String: [CasePerson]] = [:], agencies: [String: Set<String>] = [:], support: [String: [ProtectionItem]] = [:]
        for r in try await db.query("SELECT * FROM case_persons WHERE case_id IN (\(marks)) ORDER BY created_at, id", binds) {
            let p = try CaseRepository.person(r)
            persons[p.caseID, default: []].append(p)
        }
        for r in try await db.query("SELECT case_id, agency_id FROM case_agencies WHERE case_id IN (\(marks))", binds) {
            agencies[try r.text("case_id"), default: []].insert(try r.text("agency_id"))
        }
        for r in try await db.query("""
            SELECT id, case_id, doc FROM coordination_records WHERE kind = ? AND case_id IN (\(marks)) ORDER BY updated_at, id
            """, [.text(ProtectionItem.kind)] + binds) {
            support[try r.text("case_id"), default: []].append(try coordination.decode(ProtectionItem.self, r))
        }
        var identities: [String: PersonIdentity] = [:]
        if let viewer {
            let named = persons.values.joined().filter { $0.role == .victim || $0.role == .suspect }.map(\.id)
            identities = try await cases.identities(ofPersons: named, viewer: viewer, reason: "HTCDS export")
        }
        let means = try await latestMeans(caseIDs: ids)
        let keys = try await HTCDSPartnerKeys.read(caseIDs: ids, db: db)
        return ExchangePage(cases: try records.map { c in
            guard let exchange = ExchangeCase(record: c, persons: persons[c.id] ?? [], identities: identities, means: means[c.id] ?? [],
                                              support: support[c.id] ?? [], involvedAgencyIDs: agencies[c.id] ?? [])
            else { throw StoreError.corrupt("cases.opened_on of \(c.id)") }
            return keys.partnerView(of: exchange)
        }, next: records.last?.id)
    }

    /// The means of each case's latest screening, for the given cases or all; for an imported
    /// case never screened here, the means its partner's file stated.
    func latestMeans(caseIDs: [String]?) async throws -> [String: [CaseFacts.Means]] {
        let filter = caseIDs.map { " WHERE case_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        var out = try await HTCDSPartnerKeys.importedMeans(filter: filter, binds: (caseIDs ?? []).map(SQLValue.text), db: db)
        // Oldest first, so the latest screening of a case is the one left standing.
        for r in try await db.query("SELECT case_id, facts FROM case_screenings\(filter) ORDER BY created_at, id",
                                    (caseIDs ?? []).map(SQLValue.text)) {
            guard let facts = try? CaseFacts.decode(Data(try r.text("facts").utf8)) else { throw StoreError.corrupt("case_screenings.facts") }
            out[try r.text("case_id")] = facts.means ?? []
        }
        return out
    }
}

/// One page of an HTCDS export.
public struct ExchangePage: Sendable {
    public let cases: [ExchangeCase]
    /// The registry id the next page starts after; nil when this page is empty. (An imported
    /// case's exchange id is its partner's, so the last case's id cannot serve.)
    public let next: String?
}
