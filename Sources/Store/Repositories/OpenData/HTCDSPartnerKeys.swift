import Cases
import Law
import OpenData

/// The partner's keys of imported cases (M029), read for a page of cases so that an export
/// writes back the ids and case number the partner's file gave.
struct HTCDSPartnerKeys {
    var cases: [String: (id: String, number: String?)] = [:]
    /// Local person or support id to the partner's.
    var rows: [String: String] = [:]
    /// The means each imported case's file stated.
    var means: [String: [CaseFacts.Means]] = [:]

    static func read(caseIDs: [String], db: any SQLDatabase) async throws -> HTCDSPartnerKeys {
        let marks = Array(repeating: "?", count: caseIDs.count).joined(separator: ", ")
        let binds = caseIDs.map(SQLValue.text)
        var keys = HTCDSPartnerKeys()
        for r in try await db.query("SELECT case_id, partner_id, partner_number, means FROM htcds_cases WHERE case_id IN (\(marks))", binds) {
            let caseID = try r.text("case_id")
            keys.cases[caseID] = (try r.text("partner_id"), r.optionalText("partner_number"))
            keys.means[caseID] = try Self.means(r)
        }
        guard !keys.cases.isEmpty else { return keys }
        for r in try await db.query("SELECT local_id, partner_id FROM htcds_rows WHERE case_id IN (\(marks))", binds) {
            keys.rows[try r.text("local_id")] = try r.text("partner_id")
        }
        return keys
    }

    /// The case as its partner knows it; a case Simpul registered itself is left as it is.
    func partnerView(of c: ExchangeCase) -> ExchangeCase {
        guard let partner = cases[c.id] else { return c }
        var out = c
        out.id = partner.id
        out.number = partner.number
        out.persons = c.persons.map { p in
            var p = p
            p.id = rows[p.id] ?? p.id
            return p
        }
        out.support = c.support.map { s in
            var s = s
            s.id = rows[s.id] ?? s.id
            s.personID = rows[s.personID] ?? s.personID
            return s
        }
        return out
    }

    /// The means stated by the files of imported cases (`filter` a WHERE on case_id, or empty for all).
    static func importedMeans(filter: String, binds: [SQLValue], db: any SQLDatabase) async throws -> [String: [CaseFacts.Means]] {
        var out: [String: [CaseFacts.Means]] = [:]
        for r in try await db.query("SELECT case_id, means FROM htcds_cases\(filter)", binds) {
            out[try r.text("case_id")] = try means(r)
        }
        return out
    }

    private static func means(_ r: SQLRow) throws -> [CaseFacts.Means] {
        try r.text("means").split(separator: ",").compactMap { CaseFacts.Means(rawValue: String($0)) }
    }
}
