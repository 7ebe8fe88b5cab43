import Cases
import Coordination
import Foundation
import Law

/// What an import loaded and what it left out, with why.
public struct HTCDSImport: Sendable {
    public var cases: [ExchangeCase]
    public var rejects: [ImportReject]
}

/// Reads a partner's HTCDS 2.0 file into exchange cases of the importing agency. Every row is
/// checked; a row with any fault is reported field by field and left out, together with the rows
/// that hang from it (a rejected case's persons, a rejected victim's support), and every other
/// row loads.
public struct HTCDSImporter: Sendable {
    /// The agency the cases become cases of: the only one whose users see their identities.
    public let agencyID: String
    /// The province for cases whose file names none (a partner outside Simpul writes no
    /// `ext_ProvinceCode`): usually the importing agency's.
    public let defaultProvinceCode: String?

    public init(agencyID: String, defaultProvinceCode: String? = nil) {
        self.agencyID = agencyID
        self.defaultProvinceCode = defaultProvinceCode
    }

    /// A JSON Lines file: one case per line with its `persons` and `support` arrays. `firstLine`
    /// is the line number of the text's first line, for a file read a batch of lines at a time.
    public func importJSONLines(_ text: String, file: String, firstLine: Int = 1) -> HTCDSImport {
        var cases: [SourceRow] = [], persons: [SourceRow] = [], support: [SourceRow] = []
        var rejects: [ImportReject] = []
        // Split at the newline byte: splitting the String by Character cost as much as parsing the
        // JSON, and never split a line ended by CR LF (one Character). The CR goes with the ending.
        for (index, ended) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = ended.last == UInt8(ascii: "\r") ? ended.dropLast() : ended
            if Self.isBlank(line) { continue }
            let lineNumber = firstLine + index
            guard case .object(let object)? = JSONValue.parse(line) else {
                rejects.append(ImportReject(file: file, line: lineNumber, field: "*", value: String(String(decoding: line, as: UTF8.self).prefix(40)),
                                            reason: ("bukan objek JSON", "not a JSON object")))
                continue
            }
            let caseRow = HTCDSSource.row(file: file, line: lineNumber, path: "", object: object)
            cases.append(caseRow)
            let caseID = caseRow.fields["cas_Id"]
            for (section, into) in [(HTCDSSection.persons, 0), (.support, 1)] {
                guard let nested = JSONValue.object(object).member(section.jsonKey), nested != .null else { continue }
                guard let array = Self.objects(nested) else {
                    rejects.append(ImportReject(file: file, line: lineNumber, field: section.jsonKey, value: nested.description.prefix(40).description,
                                                reason: ("harus larik objek", "must be an array of objects")))
                    continue
                }
                for (i, element) in array.enumerated() {
                    var row = HTCDSSource.row(file: file, line: lineNumber, path: "\(section.jsonKey)[\(i)].", object: element)
                    // Nested persons belong to the case around them.
                    if into == 0, row.fields["prs_CaseId"] == nil, let caseID {
                        var fields = row.fields
                        fields["prs_CaseId"] = caseID
                        row = SourceRow(file: row.file, line: row.line, path: row.path, fields: fields, typeErrors: row.typeErrors)
                    }
                    if into == 0 { persons.append(row) } else { support.append(row) }
                }
            }
        }
        var result = assemble(cases: cases, persons: persons, support: support)
        result.rejects = rejects + result.rejects
        return result
    }

    /// The members of each object in an array of objects; nil for anything else.
    static func objects(_ json: JSONValue) -> [[JSONValue.Member]]? {
        guard case .array(let elements) = json else { return nil }
        var objects: [[JSONValue.Member]] = []
        for element in elements {
            guard case .object(let members) = element else { return nil }
            objects.append(members)
        }
        return objects
    }

    /// Whether a line holds nothing but spaces (`CharacterSet.whitespaces`). A line with any other
    /// ASCII byte is answered without making a string: Foundation's trimming cost a fifth of an import.
    static func isBlank(_ line: Substring.UTF8View) -> Bool {
        if line.contains(where: { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) { return false }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Three CSV files, one per section, each given as (file name, text).
    public func importCSV(cases: (file: String, text: String), persons: (file: String, text: String),
                          support: (file: String, text: String)) -> HTCDSImport {
        // Files in memory: their reading has nothing to throw.
        try! importCSV(cases: .bytes(Array(cases.text.utf8), file: cases.file), persons: .bytes(Array(persons.text.utf8), file: persons.file),
                       support: .bytes(Array(support.text.utf8), file: support.file))
    }

    /// Three CSV files read whole, every row at once: for files whose rows are not grouped by
    /// case (`HTCDSCSVGroups`), where a row may refer to one anywhere in another file.
    public func importCSV(cases: HTCDSCSVSource, persons: HTCDSCSVSource, support: HTCDSCSVSource) throws -> HTCDSImport {
        let c = try HTCDSSource.csvRows(cases), p = try HTCDSSource.csvRows(persons), s = try HTCDSSource.csvRows(support)
        var result = assemble(cases: c.rows, persons: p.rows, support: s.rows)
        result.rejects = Self.inFileOrder(c.rejects + p.rejects + s.rejects + result.rejects,
                                          files: [cases.file, persons.file, support.file])
        return result
    }

    /// A few whole cases of three CSV files read side by side (`HTCDSCSVGroups`). Their rejects
    /// come in the batch's order: put the run's in file order at its end (`inFileOrder`).
    public func importCSV(_ batch: HTCDSCSVGroups.Batch) -> HTCDSImport {
        var result = assemble(cases: batch.cases, persons: batch.persons, support: batch.support)
        result.rejects = batch.rejects + result.rejects
        return result
    }

    /// Rejects by file (in the order given), then by line; a line's own rejects keep their order.
    public static func inFileOrder(_ rejects: [ImportReject], files: [String]) -> [ImportReject] {
        func rank(_ file: String) -> Int { files.firstIndex(of: file) ?? files.count }
        return rejects.enumerated()
            .sorted { a, b in (rank(a.element.file), a.element.line, a.offset) < (rank(b.element.file), b.element.line, b.offset) }
            .map(\.element)
    }

    func assemble(cases caseRows: [SourceRow], persons personRows: [SourceRow], support supportRows: [SourceRow]) -> HTCDSImport {
        var rejects: [ImportReject] = []
        var order: [String] = [], loaded: [String: (ExchangeCase, CaseCodes)] = [:]
        for row in caseRows {
            var check = RowCheck(row)
            let parsed = HTCDSCaseRow.read(&check, defaultProvinceCode: defaultProvinceCode, agencyID: agencyID)
            if let (c, _) = parsed, loaded[c.id] != nil { check.fail("cas_Id", c.id, id: "kasus ganda dalam berkas", en: "duplicate case in the file") }
            guard check.ok, let (c, codes) = parsed else { rejects += check.rejects; continue }
            order.append(c.id)
            loaded[c.id] = (c, codes)
        }
        var victims: Set<String> = [], personIDs: Set<String> = []
        for row in personRows {
            var check = RowCheck(row)
            let parsed = HTCDSPersonRow.read(&check)
            if let p = parsed {
                if loaded[p.caseID] == nil { check.fail("prs_CaseId", p.caseID, id: "kasus tidak dimuat", en: "case not loaded") }
                if personIDs.contains(p.person.id) { check.fail("prs_Id", p.person.id, id: "orang ganda dalam berkas", en: "duplicate person in the file") }
            }
            guard check.ok, let p = parsed else { rejects += check.rejects; continue }
            personIDs.insert(p.person.id)
            if p.person.role == .victim { victims.insert(p.person.id) }
            loaded[p.caseID]!.0.persons.append(p.person)
            loaded[p.caseID]!.1.merge(p.codes)
        }
        var byPerson: [String: String] = [:]
        for (id, entry) in loaded { for p in entry.0.persons { byPerson[p.id] = id } }
        for row in supportRows {
            var check = RowCheck(row)
            let parsed = HTCDSSupportRow.read(&check)
            if let s = parsed, !victims.contains(s.personID) {
                check.fail("spl_PersonId", s.personID, id: "korban tidak dimuat", en: "victim not loaded")
            }
            guard check.ok, let s = parsed, let caseID = byPerson[s.personID] else { rejects += check.rejects; continue }
            loaded[caseID]!.0.support.append(s)
        }
        let cases = order.map { id -> ExchangeCase in
            let (c, codes) = loaded[id]!
            // Re-made through the initialiser, which puts the codes in their fixed order.
            return ExchangeCase(id: c.id, number: c.number, status: c.status, provinceCode: c.provinceCode,
                                openedOn: c.openedOn, incidentOn: c.incidentOn, exploitationCountry: c.exploitationCountry,
                                exploitationTypes: codes.exploitationTypes, means: codes.means, persons: c.persons,
                                support: c.support, involvedAgencyIDs: c.involvedAgencyIDs)
        }
        return HTCDSImport(cases: cases, rejects: rejects)
    }
}
