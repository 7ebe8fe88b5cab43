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

    /// Every victim in the registry as a release counts them. The means of a case are those of
    /// its latest legal screening; a case never screened has none recorded.
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
    /// protection items and agencies; identities are never read here.
    public func exchangeCases(after afterID: String?, limit: Int) async throws -> [ExchangeCase] {
        let records = try await db.query("SELECT * FROM cases WHERE id > ? ORDER BY id LIMIT ?", [.text(afterID ?? ""), .int(limit)])
            .map(CaseRepository.record)
        guard !records.isEmpty else { return [] }
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
        let means = try await latestMeans(caseIDs: ids)
        return try records.map { c in
            guard let exchange = ExchangeCase(record: c, persons: persons[c.id] ?? [], means: means[c.id] ?? [],
                                              support: support[c.id] ?? [], involvedAgencyIDs: agencies[c.id] ?? [])
            else { throw StoreError.corrupt("cases.opened_on of \(c.id)") }
            return exchange
        }
    }

    /// The means of each case's latest screening, for the given cases or all.
    func latestMeans(caseIDs: [String]?) async throws -> [String: [CaseFacts.Means]] {
        let filter = caseIDs.map { " WHERE case_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        var out: [String: [CaseFacts.Means]] = [:]
        // Oldest first, so the latest screening of a case is the one left standing.
        for r in try await db.query("SELECT case_id, facts FROM case_screenings\(filter) ORDER BY created_at, id",
                                    (caseIDs ?? []).map(SQLValue.text)) {
            guard let facts = try? CaseFacts.decode(Data(try r.text("facts").utf8)) else { throw StoreError.corrupt("case_screenings.facts") }
            out[try r.text("case_id")] = facts.means ?? []
        }
        return out
    }
}
