import Cases
import Coordination
import Foundation
import Monitoring

/// Reads what the indicators count (`MonitoringFacts`) out of the registry: no identities, only
/// the counting fields of cases, persons and coordination records, the confirmed links between
/// person records, and the anonymous reports' dates.
public struct MonitoringFactsReader: Sendable {
    let store: SimpulStore

    /// Every fact, or — with `caseIDs` — those of these cases only, beside the facts that are
    /// always read whole (links, reports, staff). With `shared: false` those whole facts are
    /// left out (all but the agencies): a chunk of a registry read chunk by chunk. With
    /// `reports: false` the reports are left out, and with `links: false` the confirmed links:
    /// the caller knows they have not changed.
    public func read(asOf: CalendarDate, caseIDs: [String]? = nil, shared: Bool = true, reports withReports: Bool = true,
                     links withLinks: Bool = true) async throws -> MonitoringFacts {
        // Chunks of ids, each as `IN (?, …)`: within every backend's limit on bound values.
        let chunks: [[String]?] = caseIDs.map { ids in stride(from: 0, to: ids.count, by: 500).map { Array(ids[$0..<min($0 + 500, ids.count)]) } } ?? [nil]
        func rows(_ sql: String, _ binds: [SQLValue] = [], column: String) async throws -> [SQLRow] {
            var out: [SQLRow] = []
            for chunk in chunks {
                guard let chunk else { out += try await store.db.query(sql.replacingOccurrences(of: "/*cases*/", with: ""), binds); continue }
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                let narrowed = sql.replacingOccurrences(of: "/*cases*/", with: (sql.contains("WHERE") ? " AND " : " WHERE ") + "\(column) IN (\(marks))")
                out += try await store.db.query(narrowed, binds + chunk.map { .text($0) })
            }
            return out
        }
        var agenciesOf: [String: [String]] = [:]
        // Rows in the order agencies joined: where no user is named as the case's creator, the
        // first agency stands for the one that registered it.
        for r in try await rows("SELECT case_id, agency_id FROM case_agencies /*cases*/ ORDER BY case_id, added_at", column: "case_id") {
            agenciesOf[try r.text("case_id"), default: []].append(try r.text("agency_id"))
        }
        var cases: [CaseFact] = []
        for r in try await rows("""
            SELECT c.id, c.province_code, c.opened_on, c.incident_date, c.exploitation_types, c.status, c.exploitation_country,
                   COALESCE(c.registered_by, u.agency_id) AS creator_agency
            FROM cases c LEFT JOIN users u ON u.id = c.created_by /*cases*/
            """, column: "c.id") {
            let id = try r.text("id")
            guard let opened = CalendarDate(iso: try r.text("opened_on")) else { continue }
            cases.append(CaseFact(
                id: id, provinceCode: try r.text("province_code"), openedOn: opened,
                incidentOn: r.optionalText("incident_date").flatMap(CalendarDate.init(iso:)),
                types: try CaseRepository.exploitationTypes(r),
                abroad: r.optionalText("exploitation_country").map { $0 != Country.indonesia }, status: try CaseRepository.status(r),
                agencyIDs: agenciesOf[id]?.sorted() ?? [], registeredBy: r.optionalText("creator_agency") ?? agenciesOf[id]?.first))
        }
        var victims: [PersonFact] = [], suspects: [PersonFact] = []
        for r in try await rows("SELECT id, case_id, role, sex, age_at_report, citizenship FROM case_persons WHERE role IN ('victim', 'suspect') /*cases*/",
                                column: "case_id") {
            let fact = PersonFact(id: try r.text("id"), caseID: try r.text("case_id"),
                                  sex: r.optionalText("sex").flatMap(CasePerson.Sex.init(rawValue:)),
                                  age: r.optionalInt("age_at_report"), citizenship: r.optionalText("citizenship"))
            if try r.text("role") == PersonRole.victim.rawValue { victims.append(fact) } else { suspects.append(fact) }
        }
        let coordination = store.coordination, db = store.db
        func records<T: CoordinationRecord>(_ type: T.Type) async throws -> [T] {
            try await rows("SELECT id, doc FROM coordination_records WHERE kind = ? /*cases*/", [.text(T.kind)], column: "case_id")
                .map { try coordination.decode(T.self, $0) }
        }
        var links: [(String, String)] = []
        var staff: [String: Int] = [:]
        if shared && withLinks {
            for r in try await db.query("SELECT person_a, person_b FROM person_links WHERE status = ?", [.text(PersonLinkStatus.confirmed.rawValue)]) {
                links.append((try r.text("person_a"), try r.text("person_b")))
            }
        }
        if shared {
            for r in try await db.query("SELECT agency_id, COUNT(*) AS n FROM users WHERE disabled = 0 GROUP BY agency_id", []) {
                staff[try r.text("agency_id")] = try r.int("n")
            }
        }
        return MonitoringFacts(
            cases: cases, victims: victims, suspects: suspects,
            tracks: try await records(JusticeTrack.self), services: try await records(ProtectionItem.self),
            restitutions: try await records(Restitution.self), referrals: try await records(Referral.self),
            reports: shared && withReports ? try await reports() : [], confirmedLinks: links,
            agencies: try await store.agencies.all(), staff: staff, asOf: asOf)
    }

    private func reports() async throws -> [ReportFact] {
        // The first message the reporter could read from the agency is the first reply.
        let rows = try await store.db.query("""
            SELECT r.received_at, r.case_id, r.agency_id, r.province_code,
                   (SELECT MIN(m.at) FROM report_messages m WHERE m.report_id = r.id AND m.author = 'agency' AND m.kind IN ('reply', 'question')) AS first_reply
            FROM reports r
            """, [])
        return rows.compactMap { r in
            guard let received = r.optionalText("received_at").flatMap({ CalendarDate(iso: String($0.prefix(10))) }),
                  let agency = r.optionalText("agency_id") else { return nil }
            return ReportFact(receivedOn: received, firstReplyOn: r.optionalText("first_reply").flatMap { CalendarDate(iso: String($0.prefix(10))) },
                              caseID: r.optionalText("case_id"), agencyID: agency, provinceCode: r.optionalText("province_code"))
        }
    }
}

extension MonitoringFactsReader {
    /// The store's state as far as the indicators are concerned: the newest write time of each
    /// table the case facts come from (each read off an index), the reports' change number
    /// (M032: any report or report message written or deleted) and the staff's (M033: a user
    /// added, removed, enabled, disabled or moved to another agency).
    public func changeToken() async throws -> MonitoringChangeToken {
        let r = try await store.db.queryFirst("""
            SELECT (SELECT MAX(updated_at) FROM cases) AS a, (SELECT MAX(added_at) FROM case_agencies) AS b,
                   (SELECT MAX(created_at) FROM case_persons) AS c, (SELECT MAX(updated_at) FROM coordination_records) AS d,
                   (SELECT MAX(updated_at) FROM person_links) AS e, (SELECT value FROM change_counters WHERE name = 'reports') AS f,
                   (SELECT value FROM change_counters WHERE name = 'staff') AS g
            """, [])
        return MonitoringChangeToken(cases: r?.optionalText("a"), caseAgencies: r?.optionalText("b"), persons: r?.optionalText("c"),
                                     coordination: r?.optionalText("d"), links: r?.optionalText("e"),
                                     reports: r?.optionalInt("f") ?? 0, staff: r?.optionalInt("g") ?? 0)
    }

    /// The cases whose facts changed since `time` (ISO 8601, as the store writes it): rows
    /// written or updated after it in the tables the facts come from. Links, reports and staff
    /// are read whole on every refresh, so they need no tracking here.
    public func casesChanged(since time: String) async throws -> Set<String> {
        var ids = Set<String>()
        for (sql, column) in [("SELECT id FROM cases WHERE updated_at > ?", "id"),
                              ("SELECT case_id FROM case_agencies WHERE added_at > ?", "case_id"),
                              ("SELECT case_id FROM case_persons WHERE created_at > ?", "case_id"),
                              ("SELECT case_id FROM coordination_records WHERE updated_at > ? AND case_id IS NOT NULL", "case_id")] {
            for r in try await store.db.query(sql, [.text(time)]) { ids.insert(try r.text(column)) }
        }
        return ids
    }
}

/// What `MonitoringFactsReader.changeToken` reads: when any part differs, something the
/// indicators count has changed.
public struct MonitoringChangeToken: Sendable, Hashable {
    public let cases: String?
    public let caseAgencies: String?
    public let persons: String?
    public let coordination: String?
    /// The newest person link written: a link is never deleted but with its case's persons,
    /// which Simpul never deletes.
    public let links: String?
    public let reports: Int
    public let staff: Int
}

extension SimpulStore {
    public var monitoringFacts: MonitoringFactsReader { MonitoringFactsReader(store: self) }
}
