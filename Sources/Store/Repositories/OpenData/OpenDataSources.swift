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
                         exploitation: Set(try CaseRepository.exploitationTypes(r)),
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
        let rows = try await exchangeCaseRows(after: afterID, limit: limit, agencyID: agencyID)
        guard !rows.isEmpty else { return ExchangePage(cases: [], next: nil) }
        let ids = try rows.map { try $0.text("id") }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let binds = ids.map(SQLValue.text)
        // The page's parts are read side by side, each on its own reader connection: at a
        // million cases the export reads and writes on both cores.
        // Only victims and suspects (HTCDS has no place for witnesses or reporters), and not
        // their sealed identities, which are read below only when asked for.
        async let personRows = db.query("""
            SELECT id, case_id, role, sex, age_at_report, citizenship FROM case_persons
            WHERE case_id IN (\(marks)) AND role IN (?, ?) ORDER BY created_at, id
            """, binds + [.text(PersonRole.victim.rawValue), .text(PersonRole.suspect.rawValue)])
        async let agencyRows = db.query("SELECT case_id, agency_id FROM case_agencies WHERE case_id IN (\(marks))", binds)
        async let supportRead = exchangeSupport(caseIDs: ids)
        // The screened cases' means; an imported case never screened keeps its partner's (below).
        async let screenedRead = latestMeans(caseIDs: ids, imported: [:])
        async let keysRead = HTCDSPartnerKeys.read(caseIDs: ids, db: db)
        var persons: [String: [ExchangePerson]] = [:], agencies: [String: Set<String>] = [:]
        for r in try await personRows {
            guard let role = PersonRole(rawValue: try r.text("role")) else { continue }
            persons[try r.text("case_id"), default: []].append(
                ExchangePerson(id: try r.text("id"), role: role, sex: r.optionalText("sex").flatMap(CasePerson.Sex.init(rawValue:)),
                               age: r.optionalInt("age_at_report"), citizenship: r.optionalText("citizenship")))
        }
        for r in try await agencyRows {
            agencies[try r.text("case_id"), default: []].insert(try r.text("agency_id"))
        }
        var identities: [String: PersonIdentity] = [:]
        if let viewer {
            identities = try await cases.identities(ofPersons: persons.values.joined().map(\.id), viewer: viewer, reason: "HTCDS export")
        }
        let support = try await supportRead, keys = try await keysRead
        let means = keys.means.merging(try await screenedRead) { _, screened in screened }
        return ExchangePage(cases: try zip(ids, rows).map { id, r in
            guard let openedOn = CalendarDate(iso: try r.text("opened_on")) else { throw StoreError.corrupt("cases.opened_on of \(id)") }
            let exchange = ExchangeCase(
                id: id, number: try r.text("number"), status: try CaseRepository.status(r),
                provinceCode: try r.text("province_code"), openedOn: openedOn,
                incidentOn: r.optionalText("incident_date").flatMap(CalendarDate.init(iso:)), exploitationCountry: r.optionalText("exploitation_country"),
                exploitationTypes: try CaseRepository.exploitationTypes(r),
                means: means[id] ?? [], persons: (persons[id] ?? []).map { p in var p = p; p.identity = identities[p.id]; return p },
                support: support[id] ?? [], involvedAgencyIDs: agencies[id] ?? [])
            return keys.partnerView(of: exchange)
        }, next: ids.last)
    }

    /// The protection items of these cases as an exchange carries them, each case's in the order
    /// they were last changed. They are read off their index (M036): the victim, the service (its
    /// work-list code), the due day and the closing day. Only an item whose closing day has not
    /// been filled yet (written before M036) is opened.
    private func exchangeSupport(caseIDs ids: [String]) async throws -> [String: [ExchangeSupport]] {
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var rows: [(caseID: String, id: String, support: ExchangeSupport?)] = []
        for r in try await db.query("""
            SELECT id, case_id, updated_at, victim_id, summary, due_on, closed_on FROM coordination_records\(coordination.protectionExchangeIndex)
            WHERE kind = 'protection' AND case_id IN (\(marks)) ORDER BY updated_at, id
            """, ids.map(SQLValue.text)) {
            let id = try r.text("id")
            var support: ExchangeSupport?
            if let closed = r.optionalText("closed_on"), let victimID = r.optionalText("victim_id"),
               let service = r.optionalText("summary").flatMap(ProtectionService.init(rawValue:)) {
                guard let plannedEnd = ExchangeDay(r.optionalText("due_on")), let actualEnd = ExchangeDay(closed) else {
                    throw StoreError.corrupt("coordination_records.due_on or closed_on of \(id)")
                }
                support = ExchangeSupport(id: id, personID: victimID, service: service, plannedEnd: plannedEnd.day, actualEnd: actualEnd.day)
            }
            rows.append((try r.text("case_id"), id, support))
        }
        let unfilled = rows.filter { $0.support == nil }.map(\.id)
        var opened: [String: ExchangeSupport] = [:]
        if !unfilled.isEmpty {
            let marks = Array(repeating: "?", count: unfilled.count).joined(separator: ", ")
            for r in try await db.query("SELECT id, doc FROM coordination_records WHERE id IN (\(marks))", unfilled.map(SQLValue.text)) {
                let item = try coordination.decode(ExchangedProtectionItem.self, r)
                opened[item.id] = ExchangeSupport(
                    id: item.id, personID: item.victimID, service: item.service,
                    plannedEnd: ProtectionItem.dueOn(service: item.service, requestedOn: item.requestedOn, agreedDueOn: item.agreedDueOn),
                    actualEnd: item.closedOn)
            }
        }
        var out: [String: [ExchangeSupport]] = [:]
        for row in rows {
            guard let support = row.support ?? opened[row.id] else { continue }
            out[row.caseID, default: []].append(support)
        }
        return out
    }

    /// The page's case rows: only the columns an exchange case holds, so the summary and the
    /// rest stay unread.
    private func exchangeCaseRows(after afterID: String?, limit: Int, agencyID: String?) async throws -> [SQLRow] {
        let columns = "c.id, c.number, c.status, c.province_code, c.opened_on, c.incident_date, c.exploitation_country, c.exploitation_types"
        guard let agencyID else {
            return try await db.query("SELECT \(columns) FROM cases c WHERE c.id > ? ORDER BY c.id LIMIT ?", [.text(afterID ?? ""), .int(limit)])
        }
        return try await db.query("""
            SELECT \(columns) FROM case_agencies ca JOIN cases c ON c.id = ca.case_id
            WHERE ca.agency_id = ? AND ca.case_id > ? ORDER BY ca.case_id LIMIT ?
            """, [.text(agencyID), .text(afterID ?? ""), .int(limit)])
    }

    /// The means of each case's latest screening, for the given cases or all; for an imported
    /// case never screened here, the means its partner's file stated (`imported`, when the caller
    /// has read them already).
    func latestMeans(caseIDs: [String]?, imported: [String: [CaseFacts.Means]]? = nil) async throws -> [String: [CaseFacts.Means]] {
        let filter = caseIDs.map { " WHERE case_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        let binds = (caseIDs ?? []).map(SQLValue.text)
        var out: [String: [CaseFacts.Means]] = [:]
        if let imported { out = imported } else { out = try await HTCDSPartnerKeys.importedMeans(filter: filter, binds: binds, db: db) }
        let decoder = JSONDecoder()
        var screened = Set<String>()
        // Newest first: only a case's latest screening is decoded, the older ones skipped.
        for r in try await db.query("SELECT case_id, facts FROM case_screenings\(filter) ORDER BY created_at DESC, id DESC", binds) {
            let caseID = try r.text("case_id")
            guard screened.insert(caseID).inserted else { continue }
            guard let facts = try? decoder.decode(ScreenedMeans.self, from: Data(try r.text("facts").utf8)) else {
                throw StoreError.corrupt("case_screenings.facts")
            }
            out[caseID] = facts.means ?? []
        }
        return out
    }
}

/// Only the means of a stored screening's facts: the whole document, read strictly, cost an
/// export more than writing the case. The facts were checked strictly when the screening was saved.
private struct ScreenedMeans: Decodable {
    let means: [CaseFacts.Means]?
}

/// The fields of a stored protection item an exchange carries: decoding the whole item, its
/// history above all, was half of an export's time.
private struct ExchangedProtectionItem: Decodable {
    let id: String
    let victimID: String
    let service: ProtectionService
    let requestedOn: CalendarDate
    let agreedDueOn: CalendarDate?
    let closedOn: CalendarDate?
}

/// A day column of the exchange index: nil and '' are no day; anything else must be a date.
private struct ExchangeDay {
    let day: CalendarDate?

    init?(_ text: String?) {
        guard let text, !text.isEmpty else { self.day = nil; return }
        guard let day = CalendarDate(iso: text) else { return nil }
        self.day = day
    }
}

/// One page of an HTCDS export.
public struct ExchangePage: Sendable {
    public let cases: [ExchangeCase]
    /// The registry id the next page starts after; nil when this page is empty. (An imported
    /// case's exchange id is its partner's, so the last case's id cannot serve.)
    public let next: String?
}
