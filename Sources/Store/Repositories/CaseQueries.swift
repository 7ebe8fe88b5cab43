import Cases

/// What the case list is asked for.
public struct CaseFilter: Sendable, Hashable {
    /// Part of a case number, or the start of a word of a kabupaten/kota name.
    public var text: String?
    public var provinceCode: String?
    public var status: CaseStatus?
    public var exploitationType: ExploitationType?
    public var page: Int
    public var pageSize: Int

    public init(text: String? = nil, provinceCode: String? = nil, status: CaseStatus? = nil,
                exploitationType: ExploitationType? = nil, page: Int = 1, pageSize: Int = 50) {
        self.text = text
        self.provinceCode = provinceCode
        self.status = status
        self.exploitationType = exploitationType
        // Bounded so that the offset can never overflow, whatever a URL asks for.
        self.page = min(max(1, page), 100_000)
        self.pageSize = min(max(1, pageSize), 200)
    }

    /// The WHERE conditions and their binds, on `cases` or `case_agencies` (which carries the
    /// same filter columns) under `alias`.
    ///
    /// `persons`: what a search of the text among persons' names or NIKs found, when it was made
    /// (`PersonSearchIndex`); `idColumn` is the case id under `alias`. A NIK, or a name that some
    /// person holds, lists those persons' cases: officers typing a name look for a person, and
    /// the walk over every case of the agency for a kabupaten/kota of that name is spared. A name
    /// that no person holds is looked for as a kabupaten/kota or case number.
    /// `regencyMayMatch` false: no kabupaten/kota in the store starts a word with the text, so it is
    /// not looked for there.
    func conditions(alias c: String, idColumn: String, persons: PersonMatchesOfText? = nil,
                    regencyMayMatch: Bool = true) -> (sql: [String], binds: [SQLValue]) {
        var sql: [String] = [], binds: [SQLValue] = []
        // Cheap equality tests first: the database evaluates them in this order while it walks the
        // agency's index, and most rows fail one of them before any pattern is matched.
        if let p = provinceCode { sql.append("\(c).province_code = ?"); binds.append(.text(p)) }
        if let s = status { sql.append("\(c).status = ?"); binds.append(.text(s.rawValue)) }
        if let e = exploitationType {
            sql.append("\(c).exploitation_types LIKE ?")
            binds.append(.text("%,\(e.rawValue),%"))
        }
        if let persons, persons.byNIK || !persons.caseIDs.isEmpty {
            let ids = persons.caseIDs
            sql.append(ids.isEmpty ? "1 = 0" : "\(c).\(idColumn) IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))")
            binds += ids.map { .text($0) }
        } else if let t = text?.trimmingCharacters(in: .whitespaces).lowercased(), !t.isEmpty {
            let t = Self.escapeLike(t)
            // The start of any word of the kabupaten/kota ("sura" finds "Kota Surabaya"), and any part
            // of the case number — only when the text could be one (digits, or "tppo").
            var parts: [String] = []
            if t.contains(where: \.isNumber) || "tppo-".hasPrefix(t.prefix(5)) || t.hasPrefix("tppo") {
                parts.append("lower(\(c).number) LIKE ?")
                binds.append(.text("%\(t)%"))
            }
            if regencyMayMatch {
                parts += ["\(c).regency_key LIKE ?", "\(c).regency_key LIKE ?"]
                binds += [.text("\(t)%"), .text("% \(t)%")]
            }
            sql.append(parts.isEmpty ? "1 = 0" : "(" + parts.joined(separator: " OR ") + ")")
        }
        return (sql, binds)
    }

    /// LIKE patterns treat % and _ as wildcards; a user typing them means the characters.
    static func escapeLike(_ s: String) -> String {
        s.filter { $0 != "%" && $0 != "_" && $0 != "\\" }
    }
}

/// The cases a search text found among persons, and whether the text was a NIK.
struct PersonMatchesOfText: Sendable {
    let caseIDs: [String]
    let byNIK: Bool
}

public struct CasePage: Sendable {
    public let cases: [CaseRecord]
    public let hasNext: Bool
    public let filter: CaseFilter
}

/// A case with what its viewer may see of it.
public struct CaseDetail: Sendable {
    public let record: CaseRecord
    public let agencies: [Agency]
    public let persons: [CasePerson]
    /// Identities the viewer may see, by person id (each one's reading was audited).
    public let identities: [String: PersonIdentity]

    public var involvedAgencyIDs: Set<String> { Set(agencies.map(\.id)) }
}

/// A case named without its contents: enough to say where it is and whom to contact.
public struct CaseSummary: Sendable, Hashable {
    public let id: String
    public let number: String
    public let provinceCode: String
    public let openedOn: String
    public let agencies: [Agency]

    public var involvedAgencyIDs: Set<String> { Set(agencies.map(\.id)) }
}
