import Testing
@testable import OpenData

/// Three CSV files read a batch of cases at a time load what reading them whole loads, and
/// files in another order are recognised before anything is read that way.
@Suite("HTCDS CSV read a batch of cases at a time")
struct HTCDSCSVGroupsTests {
    /// An export's three files as lines (without their endings), header first.
    struct Files {
        var cases: [String], persons: [String], support: [String]

        init() {
            let exporter = HTCDSExporter(identities: .withheld)
            var files = Dictionary(uniqueKeysWithValues: HTCDSSection.allCases.map { ($0, exporter.csvHeader($0)) })
            for c in Fixtures.cases(30) { for (section, lines) in exporter.csvLines(c) { files[section]! += lines } }
            func lines(_ s: String) -> [String] { s.components(separatedBy: "\r\n").filter { !$0.isEmpty } }
            cases = lines(files[.cases]!)
            persons = lines(files[.persons]!)
            support = lines(files[.support]!)
        }

        var sources: [HTCDSCSVSource] {
            zip(["cases.csv", "persons.csv", "support.csv"], [cases, persons, support]).map { name, lines in
                .bytes(Array(lines.map { $0 + "\r\n" }.joined().utf8), file: name)
            }
        }

        /// A line with one cell changed; cells are plain here (the export withholds identities).
        static func edit(_ lines: inout [String], _ index: Int, _ column: String, _ value: String) {
            let header = lines[0].components(separatedBy: ",")
            var cells = lines[index].components(separatedBy: ",")
            cells[header.firstIndex(of: column)!] = value
            lines[index] = cells.joined(separator: ",")
        }
    }

    static func whole(_ f: Files) throws -> HTCDSImport {
        let s = f.sources
        return try HTCDSImporter(agencyID: "ngo", defaultProvinceCode: "35")
            .importCSV(cases: s[0], persons: s[1], support: s[2])
    }

    static func streamed(_ f: Files, batch: Int) throws -> HTCDSImport {
        let s = f.sources
        var groups = try HTCDSCSVGroups(cases: s[0], persons: s[1], support: s[2])
        let importer = HTCDSImporter(agencyID: "ngo", defaultProvinceCode: "35")
        var all = HTCDSImport(cases: [], rejects: [])
        while let b = try groups.nextChecked(cases: batch) {
            let part = importer.importCSV(b)
            all.cases += part.cases
            all.rejects += part.rejects
        }
        all.rejects = HTCDSImporter.inFileOrder(all.rejects, files: s.map(\.file))
        return all
    }

    static func grouped(_ f: Files) throws -> Bool {
        let s = f.sources
        return try HTCDSCSVGroups.areGroupedByCase(cases: s[0], persons: s[1], support: s[2])
    }

    /// Faults that stay within their case's group, and two rows without a key.
    static func faulty() -> Files {
        var f = Files()
        #expect(!(f.cases + f.persons + f.support).joined().contains("\""))
        Files.edit(&f.cases, 4, "cas_Status", "Pending")              // case-3 rejected: its persons and support with it
        Files.edit(&f.persons, 2, "prs_Gender", "Female")             // a victim of case-0 rejected: its support too
        Files.edit(&f.support, 6, "spl_Type", "Massage")
        f.persons.insert("p5x,case-5", at: 12)                        // too few cells, inside case-5's rows
        var keyless = f.persons[20]
        keyless = keyless.replacingOccurrences(of: ",case-9,", with: ",,").replacingOccurrences(of: "p9", with: "p9k")
        f.persons.insert(keyless, at: 21)                             // no prs_CaseId, among case-9's rows
        f.persons.append(keyless.replacingOccurrences(of: "p9k", with: "pEnd"))  // and one after the last case
        f.support.append(f.support[3].replacingOccurrences(of: ",p2v,", with: ",,"))  // a support row with no person, at the end
        return f
    }

    @Test("an export's files are grouped by case, and read in batches of 1, 4 and 30 cases they load as read whole", arguments: [1, 4, 30])
    func sameAsWhole(batch: Int) throws {
        let f = Self.faulty()
        #expect(try Self.grouped(f))
        let whole = try Self.whole(f), streamed = try Self.streamed(f, batch: batch)
        #expect(whole.cases.count == 29 && whole.rejects.count >= 9, "\(whole.rejects)")
        #expect(streamed.cases == whole.cases)
        #expect(streamed.rejects == whole.rejects)
        // The rejects name the rows wherever they fell: inside a case's rows, or after the last case.
        let places = Set(whole.rejects.map { "\($0.file):\($0.line):\($0.field)" })
        #expect(places.isSuperset(of: ["cases.csv:5:cas_Status", "persons.csv:3:prs_Gender", "persons.csv:13:*", "persons.csv:22:prs_CaseId",
                                       "persons.csv:\(f.persons.count):prs_CaseId", "support.csv:\(f.support.count):spl_PersonId"]))
    }

    @Test("a case with many persons, each with support, reads as whole, its support found among all of them")
    func aCaseWithManyPersons() throws {
        var f = Files()
        // Case-0 gets 40 more victims, each with a support row, the last ones first.
        let victim = f.persons[1], support = f.support[1]
        #expect(victim.hasPrefix("p0v,") && support.contains(",p0v,"))
        let added = (1...40).map { victim.replacingOccurrences(of: "p0v,", with: "p0v\($0),") }
        f.persons.insert(contentsOf: added, at: 2)
        let supports = (1...40).reversed().map {
            support.replacingOccurrences(of: ",p0v,", with: ",p0v\($0),").replacingOccurrences(of: "s0,", with: "s0-\($0),")
        }
        f.support.insert(contentsOf: supports, at: 2)
        #expect(try Self.grouped(f))
        let whole = try Self.whole(f), streamed = try Self.streamed(f, batch: 3)
        #expect(whole.rejects.isEmpty, "\(whole.rejects)")
        #expect(whole.cases[0].support.count == 41)
        #expect(streamed.cases == whole.cases && streamed.rejects == whole.rejects)
    }

    @Test("rows out of order, rows of no case and ids given twice send the files to the whole reading")
    func notGrouped() throws {
        var swapped = Files()
        swapped.persons.swapAt(1, 5)                                  // a person of case-2 before case-0's
        var late = Files()
        late.support.append(late.support.remove(at: 1))               // case-0's support after case-29's
        var orphan = Files()
        orphan.persons.insert(orphan.persons[3].replacingOccurrences(of: ",case-1,", with: ",case-99,").replacingOccurrences(of: "p1", with: "q1"), at: 4)
        var twiceCase = Files()
        twiceCase.cases.append(twiceCase.cases[1])                    // case-0 again, after the last case
        var twicePerson = Files()
        twicePerson.persons[9] = twicePerson.persons[9].replacingOccurrences(of: "p4v,", with: "p0v,")
        for (name, f) in [("swapped", swapped), ("late", late), ("orphan", orphan), ("twice case", twiceCase), ("twice person", twicePerson)] {
            #expect(try !Self.grouped(f), "\(name)")
        }
        // Read in batches anyway (the files changed after the check), the reading stops rather than lose a row.
        #expect(throws: HTCDSCSVGroups.NotGrouped.self) { try Self.streamed(swapped, batch: 4) }
        #expect(try Self.grouped(Files()))
    }
}
