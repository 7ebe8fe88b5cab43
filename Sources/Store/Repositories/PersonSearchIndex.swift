import Cases
import Foundation
import Linkage
import Security

/// Finding a case by a person's name or NIK when identities are sealed: each person's name
/// tokens, spelling-folded ("Wahjoeningsih" finds "Wahyuningsih"), and NIK are kept only as keyed
/// hashes, so the store holds no list of names. A search hashes its words the same way and asks
/// for persons holding all of them.
public struct PersonSearchIndex: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    var digest: KeyedDigest { KeyedDigest(cipher: cipher, purpose: "simpul person search v1") }

    /// At most this many words of a search are used.
    static let maxTerms = 6

    /// The terms a person is found by: each name word, each pair of name words (a search by two
    /// words then reads the few persons holding both, not everyone called Siti), and the NIK.
    static func terms(of identity: PersonIdentity) -> [String] {
        let words = Array(Set(nameWords(identity.fullName))).sorted().prefix(maxTerms)
        var terms = Set(words.map { "n:" + $0 })
        for (i, a) in words.enumerated() { for b in words.dropFirst(i + 1) { terms.insert("p:\(a) \(b)") } }
        if let nik = identity.nik.map(digits), nik.count == 16 { terms.insert("k:" + nik) }
        return terms.sorted()
    }

    /// The terms a search asks for, every one of which a person must hold: a NIK when it is
    /// sixteen digits (spaces and dots allowed); else each pair of its words, or its one word; nil
    /// when it holds neither.
    public static func queryTerms(_ text: String?) -> [String]? {
        guard let text, !text.isEmpty, text.utf8.count <= 200 else { return nil }
        let nik = digits(text)
        if nik.count == 16, text.allSatisfy({ $0.isNumber || $0 == " " || $0 == "." }) { return ["k:" + nik] }
        let words = Array(Array(Set(nameWords(text))).sorted().prefix(4))
        if words.count == 1 { return ["n:" + words[0]] }
        var pairs: [String] = []
        for (i, a) in words.enumerated() { for b in words.dropFirst(i + 1) { pairs.append("p:\(a) \(b)") } }
        return pairs.isEmpty ? nil : pairs
    }

    static func digits(_ s: String) -> String { String(s.filter { $0.isASCII && $0.isNumber }) }

    /// Name words of two letters or more, folded to ASCII capitals and then to their spelling key.
    static func nameWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        return folded.split { !($0.isASCII && $0.isLetter) }.filter { $0.count >= 2 }.map { SpellingKey.key(String($0)) }
    }

    /// At most this many cases found by a person are merged into an administrator's case-list
    /// search: far more than anyone pages through, few enough to pass as a list.
    static let maxCases = 500

    /// Cases (all agencies') with a person holding every key, for an administrator's search.
    public func cases(holdingAll keys: [Int64]) async throws -> [String] {
        guard !keys.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let rows = try await db.query("""
            SELECT k.case_id FROM person_search_keys k WHERE k.search_key IN (\(marks))
            GROUP BY k.person_id, k.case_id HAVING COUNT(*) = ? LIMIT ?
            """, keys.map { .int($0) } + [.int(keys.count), .int(Self.maxCases)])
        // Two persons of one case found by the same words name it once.
        var seen = Set<String>()
        return try rows.map { try $0.text("case_id") }.filter { seen.insert($0).inserted }
    }

    /// What a search among persons found for an agency: whether any person of its cases holds
    /// every key, and the page of those cases (newest first, up to one more than a page) that
    /// pass the filter's province, status and form.
    public struct AgencyPage: Sendable {
        public let anyPerson: Bool
        public let cases: [CaseRecord]
    }

    /// One round trip: the agency's own rows of M028's key for each term (one index range per
    /// term), grouped by person, the page of their cases, and whether anyone was found at all
    /// (so that a page past the end is not mistaken for a name nobody holds).
    public func page(holdingAll keys: [Int64], agencyID: String, filter: CaseFilter) async throws -> AgencyPage {
        guard !keys.isEmpty else { return AgencyPage(anyPerson: false, cases: []) }
        var unfiltered = filter
        unfiltered.text = nil
        let (conds, condBinds) = unfiltered.conditions(alias: "c", idColumn: "id")
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let kept = conds.isEmpty ? "SELECT case_id, opened_on FROM found"
            : "SELECT f.case_id, f.opened_on FROM found f JOIN cases c ON c.id = f.case_id WHERE " + conds.joined(separator: " AND ")
        // Prepared: the statement takes one form for each number of terms and set of filters.
        let rows = try await db.queryPrepared("""
            WITH found AS (
                SELECT DISTINCT k.case_id, k.opened_on FROM person_search_agency_keys k
                WHERE k.agency_id = ? AND k.search_key IN (\(marks))
                GROUP BY k.person_id, k.case_id, k.opened_on HAVING COUNT(*) = ?),
            page AS (SELECT kept.case_id, kept.opened_on FROM (\(kept)) kept ORDER BY kept.opened_on DESC, kept.case_id DESC LIMIT ? OFFSET ?)
            SELECT n.found_count, c.* FROM (SELECT COUNT(*) AS found_count FROM found) n
                LEFT JOIN page ON 1 = 1 LEFT JOIN cases c ON c.id = page.case_id
            ORDER BY page.opened_on DESC, page.case_id DESC
            """, [.text(agencyID)] + keys.map { .int($0) } + [.int(keys.count)] + condBinds
                + [.int(filter.pageSize + 1), .int((filter.page - 1) * filter.pageSize)])
        let anyPerson = (try rows.first?.int("found_count") ?? 0) > 0
        return AgencyPage(anyPerson: anyPerson, cases: try rows.filter { $0.optionalText("id") != nil }.map(CaseRepository.record))
    }

    /// The rows that index one person.
    func rows(personID: String, caseID: String, identity: PersonIdentity) -> [[SQLValue]] {
        let terms = Self.terms(of: identity)
        return zip(terms, digest.int64s(terms)).map { _, key in [.int(key), .text(personID), .text(caseID)] }
    }

    static let insertSQL = "INSERT INTO person_search_keys (search_key, person_id, case_id) VALUES (?, ?, ?)"

    /// The rows of `person_search_agency_keys` (M028) that follow from `person_search_keys`:
    /// each key again under every agency of the person's case.
    static let byAgencySelect = """
        SELECT k.search_key, ca.agency_id, ca.opened_on, k.case_id, k.person_id
        FROM person_search_keys k JOIN case_agencies ca ON ca.case_id = k.case_id
        """

    /// Writes the keys, and then the same keys by agency for the persons they index: `byAgency`
    /// when the caller made them, else read from the case's agencies.
    func write(_ rows: [[SQLValue]], byAgency: AgencySearchKeys? = nil, in tx: any SQLExecutor) async throws {
        guard !rows.isEmpty else { return }
        try await tx.executeBatch(Self.insertSQL, rows)
        if let byAgency {
            try await byAgency.write(in: tx)
            return
        }
        var seen = Set<String>()
        let persons = rows.compactMap { row -> String? in
            if case .text(let id) = row[1], seen.insert(id).inserted { return id }
            return nil
        }
        for start in stride(from: 0, to: persons.count, by: 500) {
            let part = persons[start..<min(start + 500, persons.count)]
            try await tx.execute("INSERT INTO person_search_agency_keys (search_key, agency_id, opened_on, case_id, person_id) "
                                 + Self.byAgencySelect + " WHERE k.person_id IN (\(Array(repeating: "?", count: part.count).joined(separator: ", ")))",
                                 part.map { .text($0) })
        }
    }

    /// The keys of a search, for the case list.
    public func keys(_ terms: [String]) -> [Int64] { digest.int64s(terms) }

    /// Indexes every person who has no search key yet (persons stored before the index
    /// existed, or loaded in bulk), a batch at a time; answers how many were indexed.
    @discardableResult
    public func backfill(batch: Int = 1_000) async throws -> Int {
        var done = 0
        while true {
            let rows = try await db.query("""
                SELECT p.id, p.case_id, p.identity FROM case_persons p
                WHERE NOT EXISTS (SELECT 1 FROM person_search_keys k WHERE k.person_id = p.id) LIMIT ?
                """, [.int(batch)])
            if rows.isEmpty { return done }
            var keyRows: [[SQLValue]] = []
            var empty: [String] = []
            for r in rows {
                let id = try r.text("id")
                guard let sealed = r.blob("identity") else { empty.append(id); continue }
                let identity = try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(id)")
                let indexed = self.rows(personID: id, caseID: try r.text("case_id"), identity: identity)
                if indexed.isEmpty { empty.append(id) } else { keyRows += indexed }
            }
            // A person with nothing to index (no name of two letters, no NIK) is given a key no
            // search can produce, so the backfill does not ask for them again.
            keyRows += empty.map { [.int(Int64.min), .text($0), .text("")] }
            let indexedRows = keyRows
            try await db.transaction { tx in try await write(indexedRows, in: tx) }
            done += rows.count
        }
    }
}
