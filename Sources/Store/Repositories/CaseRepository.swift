import Cases
import Foundation
import Security

/// Cases and the persons in them. Every method takes the viewer and applies the access policy
/// itself, so no caller can forget to.
public struct CaseRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog
    /// Pages answered recently (see `VersionedCache`); nil reads every page from the database.
    var listCache: VersionedCache<CaseListKey, CasePage>? = nil
    /// The kabupaten/kota names in the store (see `regencyMayMatch`).
    var regencyKeys: VersionedCache<Int, [String]>? = nil

    public func register(_ draft: ValidCase, by viewer: Viewer, now: Date = Date()) async throws -> CaseRecord {
        guard viewer.role.mayRegisterCases else { throw AccessDenied() }
        let id = UUID().uuidString.lowercased()
        let stamp = Timestamp.string(now)
        var agencyIDs = [viewer.agencyID]
        for a in draft.agencyIDs where !agencyIDs.contains(a) { agencyIDs.append(a) }
        let known = Set(try await AgencyRepository(db: db, audit: audit).all().map(\.id))
        if let unknown = agencyIDs.first(where: { !known.contains($0) }) {
            throw ValidationFailure([FieldError(field: "agencyIDs", id: "Instansi \(unknown) tidak dikenal",
                                                en: "Agency \(unknown) is unknown")])
        }
        let involved = agencyIDs
        return try await db.transaction { tx in
            let year = draft.openedOn.year
            let n = try await Counters.next("case-\(year)", in: tx)
            let number = CaseNumberFormat.make(year: year, sequence: n)
            let record = CaseRecord(id: id, number: number, provinceCode: draft.provinceCode, regency: draft.regency,
                                    openedOn: draft.openedOn.description, incidentDate: draft.incidentDate?.description,
                                    exploitationTypes: draft.exploitationTypes, status: .reported, summary: draft.summary,
                                    createdAt: stamp, updatedAt: stamp, exploitationCountry: draft.exploitationCountry)
            try await Self.insert(record, createdBy: viewer.userID, registeredBy: viewer.agencyID, agencyIDs: involved, in: tx)
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "case.register", caseID: id, detail: number), in: tx, at: now)
            return record
        }
    }

    static func insert(_ c: CaseRecord, createdBy: String?, registeredBy: String?, agencyIDs: [String], in tx: any SQLExecutor) async throws {
        try await tx.execute("""
            INSERT INTO cases (id, number, province_code, regency, regency_key, opened_on, incident_date,
                exploitation_types, status, summary, created_by, created_at, updated_at, exploitation_country, registered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, row(c, createdBy: createdBy, registeredBy: registeredBy))
        for a in agencyIDs {
            try await tx.execute(agencyInsertSQL, agencyRow(c, agencyID: a))
        }
    }

    static let agencyInsertSQL = """
        INSERT INTO case_agencies (case_id, agency_id, opened_on, added_at, number, province_code, regency_key, status, exploitation_types)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The involved agency's row, with the case's list filters copied beside it (M007).
    static func agencyRow(_ c: CaseRecord, agencyID: String) -> [SQLValue] {
        [.text(c.id), .text(agencyID), .text(c.openedOn), .text(c.createdAt), .text(c.number), .text(c.provinceCode),
         .text(c.regency.lowercased()), .text(c.status.rawValue), .text(typesColumn(c.exploitationTypes))]
    }

    static func typesColumn(_ types: [ExploitationType]) -> String {
        "," + types.map(\.rawValue).joined(separator: ",") + ","
    }

    static func row(_ c: CaseRecord, createdBy: String?, registeredBy: String?) -> [SQLValue] {
        [.text(c.id), .text(c.number), .text(c.provinceCode), .text(c.regency), .text(c.regency.lowercased()),
         .text(c.openedOn), .optional(c.incidentDate), .text(typesColumn(c.exploitationTypes)),
         .text(c.status.rawValue), .text(c.summary), .optional(createdBy), .text(c.createdAt), .text(c.updatedAt),
         .optional(c.exploitationCountry), .optional(registeredBy)]
    }

    /// The cases the viewer may see, newest first. No total is counted: counting every case an
    /// agency is involved in costs more than the page itself; the page says whether more follow.
    ///
    /// `changeNumber`: the store's case change number if the caller read it at the start of the
    /// request (`SimpulStore.changeNumbers`); otherwise it is read here.
    public func list(_ filter: CaseFilter, viewer: Viewer, changeNumber: Int64? = nil) async throws -> CasePage {
        guard viewer.role.mayReadCases else { throw AccessDenied() }
        // Names and NIKs are searched only for roles that may see identities.
        let terms = viewer.role.mayNeedIdentities ? PersonSearchIndex.queryTerms(filter.text) : nil
        guard let cache = listCache else { return try await query(filter, viewer: viewer, personTerms: terms, version: nil) }
        let key = CaseListKey(agencyID: viewer.role == .administrator ? nil : viewer.agencyID, filter: filter,
                              namesSearched: terms != nil)
        // Read before the page: a change committed in between makes the page newer than its
        // number, never older, so a page is never answered after a change it does not show.
        let version: Int64
        if let changeNumber { version = changeNumber } else { version = try await ChangeNumbers.read(db).cases }
        if let page = cache.value(key, version: version) { return page }
        let page = try await query(filter, viewer: viewer, personTerms: terms, version: version)
        cache.keep(page, key, version: version)
        return page
    }

    /// Whether a search text could find a kabupaten/kota by the start of one of its words, judged
    /// against the names in the store: when none could, the search is spared a walk over every
    /// case of the agency (a name no person holds, a word no one wrote).
    func regencyMayMatch(_ text: String?, version: Int64?) async throws -> Bool {
        guard let t = text?.trimmingCharacters(in: .whitespaces).lowercased(), !t.isEmpty else { return true }
        let needle = CaseFilter.escapeLike(t)
        var keys = version.flatMap { regencyKeys?.value(0, version: $0) }
        if keys == nil {
            keys = try await db.query("SELECT DISTINCT regency_key FROM cases", []).compactMap { $0.optionalText("regency_key") }
            if let version, let keys { regencyKeys?.keep(keys, 0, version: version) }
        }
        return keys!.contains { $0.hasPrefix(needle) || $0.contains(" " + needle) }
    }

    private func query(_ filter: CaseFilter, viewer: Viewer, personTerms: [String]?, version: Int64?) async throws -> CasePage {
        let index = PersonSearchIndex(db: db, cipher: cipher)
        var persons: PersonMatchesOfText?
        if let personTerms {
            let keys = index.keys(personTerms), byNIK = personTerms.first?.hasPrefix("k:") == true
            if viewer.role == .administrator {
                persons = PersonMatchesOfText(caseIDs: try await index.cases(holdingAll: keys), byNIK: byNIK)
            } else {
                // A NIK, or a name that some person of the agency's cases holds, lists those
                // cases alone; a name nobody holds is looked for as a kabupaten/kota or number.
                let found = try await index.page(holdingAll: keys, agencyID: viewer.agencyID, filter: filter)
                if byNIK || found.anyPerson {
                    return CasePage(cases: Array(found.cases.prefix(filter.pageSize)), hasNext: found.cases.count > filter.pageSize, filter: filter)
                }
            }
        }
        let regencyMatchable = persons.map { $0.byNIK || !$0.caseIDs.isEmpty } == true ? false : try await regencyMayMatch(filter.text, version: version)
        let sql: String
        var binds: [SQLValue]
        if viewer.role == .administrator {
            let (conds, b) = filter.conditions(alias: "c", idColumn: "id", persons: persons, regencyMayMatch: regencyMatchable)
            binds = b
            sql = "SELECT c.* FROM cases c \(conds.isEmpty ? "" : "WHERE " + conds.joined(separator: " AND ")) ORDER BY c.opened_on DESC, c.number DESC"
        } else {
            // The page is chosen inside case_agencies alone, so rows skipped by OFFSET never touch `cases`.
            let (conds, b) = filter.conditions(alias: "ca", idColumn: "case_id", persons: persons, regencyMayMatch: regencyMatchable)
            binds = [.text(viewer.agencyID)] + b + [.int(filter.pageSize + 1), .int((filter.page - 1) * filter.pageSize)]
            sql = """
                SELECT c.* FROM (SELECT ca.case_id, ca.opened_on FROM case_agencies ca
                    WHERE \((["ca.agency_id = ?"] + conds).joined(separator: " AND "))
                    ORDER BY ca.opened_on DESC, ca.case_id DESC LIMIT ? OFFSET ?) page
                JOIN cases c ON c.id = page.case_id ORDER BY page.opened_on DESC, page.case_id DESC
                """
        }
        if viewer.role == .administrator { binds += [.int(filter.pageSize + 1), .int((filter.page - 1) * filter.pageSize)] }
        // An agency's list takes one form per set of filters: prepared. An administrator's may
        // hold a list of cases found by a person, a form for each length.
        let rows = viewer.role == .administrator ? try await db.query(sql + " LIMIT ? OFFSET ?", binds) : try await db.queryPrepared(sql, binds)
        let cases = try rows.prefix(filter.pageSize).map(Self.record)
        return CasePage(cases: Array(cases), hasNext: rows.count > filter.pageSize, filter: filter)
    }

    /// How many cases the viewer's agency is involved in (one index range, no join).
    public func count(viewer: Viewer) async throws -> Int {
        if viewer.role == .administrator { return try await count() }
        return try await db.query("SELECT COUNT(*) AS n FROM case_agencies WHERE agency_id = ?", [.text(viewer.agencyID)]).first?.int("n") ?? 0
    }

    /// Agencies involved in a case (empty when there is no such case).
    /// A case's record alone, for a caller that has already decided the viewer may see it.
    /// The id of the case with this number (TPPO-2026-000521), if there is one.
    public func caseID(number: String) async throws -> String? {
        try await db.query("SELECT id FROM cases WHERE number = ?", [.text(number)]).first?.optionalText("id")
    }

    public func record(id: String) async throws -> CaseRecord? {
        try await db.query("SELECT * FROM cases WHERE id = ?", [.text(id)]).first.map(Self.record)
    }

    /// A case's persons without their identities (pseudonyms only; nothing to audit).
    public func persons(caseID: String) async throws -> [CasePerson] {
        try await db.query("SELECT * FROM case_persons WHERE case_id = ? ORDER BY created_at, code", [.text(caseID)]).map(Self.person)
    }

    public func involvedAgencies(caseID: String) async throws -> [Agency] {
        try await db.query("""
            SELECT a.* FROM case_agencies ca JOIN agencies a ON a.id = ca.agency_id WHERE ca.case_id = ? ORDER BY a.name
            """, [.text(caseID)]).map(AgencyRepository.agency)
    }

    /// For several cases at once (two queries, whatever their number): each case's number and
    /// the agencies involved in it, for a caller that decides itself what the viewer may see.
    public func numbersAndAgencies(caseIDs: [String]) async throws -> [String: (number: String, agencies: [Agency])] {
        try await summaries(caseIDs: caseIDs).mapValues { ($0.number, $0.agencies) }
    }

    /// For several cases at once (two queries, whatever their number): number, province and the
    /// agencies involved, for a caller that decides itself what the viewer may see.
    public func summaries(caseIDs: [String]) async throws -> [String: CaseSummary] {
        guard !caseIDs.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: caseIDs.count).joined(separator: ", ")
        let binds = caseIDs.map { SQLValue.text($0) }
        var agencies: [String: [Agency]] = [:]
        for r in try await db.query("""
            SELECT ca.case_id, a.* FROM case_agencies ca JOIN agencies a ON a.id = ca.agency_id WHERE ca.case_id IN (\(marks)) ORDER BY a.name
            """, binds) {
            agencies[try r.text("case_id"), default: []].append(try AgencyRepository.agency(r))
        }
        var out: [String: CaseSummary] = [:]
        for r in try await db.query("SELECT id, number, province_code, opened_on FROM cases WHERE id IN (\(marks))", binds) {
            let id = try r.text("id")
            out[id] = CaseSummary(id: id, number: try r.text("number"), provinceCode: try r.text("province_code"),
                                  openedOn: try r.text("opened_on"), agencies: agencies[id] ?? [])
        }
        return out
    }

    /// A case as the viewer may see it; `notFound` both when it does not exist and when the viewer
    /// may not see it, so that the answer does not reveal which cases exist.
    /// The case itself, for a viewer who may see it, without its persons: pages that name the case
    /// but show no one (screening) neither decrypt identities nor write reads of them.
    /// The case is named by its id or its number (TPPO-2026-000521).
    public func record(id key: String, viewer: Viewer) async throws -> CaseRecord {
        let byNumber = CaseNumberFormat.matches(key)
        guard let row = try await db.query("SELECT * FROM cases WHERE \(byNumber ? "number" : "id") = ?",
                                           [.text(byNumber ? key.uppercased() : key)]).first,
              let id = row.optionalText("id"),
              AccessPolicy.maySeeCase(viewer, involvedAgencies: Set(try await involvedAgencies(caseID: id).map(\.id))) else {
            throw StoreError.notFound("case \(key)")
        }
        return try Self.record(row)
    }

    public func detail(id: String, viewer: Viewer, now: Date = Date()) async throws -> CaseDetail {
        guard let row = try await db.query("SELECT * FROM cases WHERE id = ?", [.text(id)]).first else {
            throw StoreError.notFound("case \(id)")
        }
        let agencies = try await involvedAgencies(caseID: id)
        let involved = Set(agencies.map(\.id))
        guard AccessPolicy.maySeeCase(viewer, involvedAgencies: involved) else { throw StoreError.notFound("case \(id)") }
        let personRows = try await db.query("SELECT * FROM case_persons WHERE case_id = ? ORDER BY created_at, code", [.text(id)])
        let persons = try personRows.map(Self.person)
        var identities: [String: PersonIdentity] = [:]
        let visible = zip(persons, personRows).filter {
            AccessPolicy.maySeeIdentity(viewer, of: $0.0.role, involvedAgencies: involved)
        }
        if !visible.isEmpty {
            for (p, r) in visible {
                guard let sealed = r.blob("identity") else { continue }
                identities[p.id] = try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(p.id)")
            }
            try await db.transaction { tx in
                for (p, _) in visible {
                    try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                                      action: "identity.read", caseID: id, personID: p.id,
                                                      detail: "case page"), in: tx, at: now)
                }
            }
        }
        return CaseDetail(record: try Self.record(row), agencies: agencies, persons: persons, identities: identities)
    }

    static func record(_ r: SQLRow) throws -> CaseRecord {
        CaseRecord(id: try r.text("id"), number: try r.text("number"), provinceCode: try r.text("province_code"),
                   regency: try r.text("regency"), openedOn: try r.text("opened_on"), incidentDate: r.optionalText("incident_date"),
                   exploitationTypes: try CaseRepository.exploitationTypes(r),
                   status: try CaseRepository.status(r), summary: try r.text("summary"),
                   createdAt: try r.text("created_at"), updatedAt: try r.text("updated_at"),
                   exploitationCountry: r.optionalText("exploitation_country"))
    }

    /// A case row's forms of exploitation (a comma-separated column; an unknown code is skipped).
    static func exploitationTypes(_ r: SQLRow) throws -> [ExploitationType] {
        try r.text("exploitation_types").split(separator: ",").compactMap { ExploitationType(rawValue: String($0)) }
    }

    /// A case row's status; one this build does not know reads as reported.
    static func status(_ r: SQLRow) throws -> CaseStatus {
        CaseStatus(rawValue: try r.text("status")) ?? .reported
    }

    static func person(_ r: SQLRow) throws -> CasePerson {
        let warnings = (try? JSONDecoder().decode([FieldWarning].self, from: Data(try r.text("warnings").utf8))) ?? []
        return CasePerson(id: try r.text("id"), caseID: try r.text("case_id"),
                          role: PersonRole(rawValue: try r.text("role")) ?? .witness, code: try r.text("code"),
                          sex: r.optionalText("sex").flatMap(CasePerson.Sex.init(rawValue:)), ageAtReport: r.optionalInt("age_at_report"),
                          citizenship: r.optionalText("citizenship"), warnings: warnings, createdAt: try r.text("created_at"))
    }
}

/// The viewer's role or agency does not allow this.
public struct AccessDenied: Error, Sendable {
    public init() {}
}
