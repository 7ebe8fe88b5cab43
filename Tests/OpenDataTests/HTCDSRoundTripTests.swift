import Cases
import Coordination
import Law
import Testing
@testable import OpenData

/// HTCDS 2.0 out and back in: the same file every time, identities only when asked and allowed.
@Suite("HTCDS exchange")
struct HTCDSRoundTripTests {
    static let officer = Viewer(userID: "u1", agencyID: "agency-1", role: .investigator)

    func jsonFile(_ cases: [ExchangeCase], _ exporter: HTCDSExporter) -> String {
        cases.map(exporter.jsonLine).joined()
    }

    func csvFiles(_ cases: [ExchangeCase], _ exporter: HTCDSExporter) -> [HTCDSSection: String] {
        var files = Dictionary(uniqueKeysWithValues: HTCDSSection.allCases.map { ($0, exporter.csvHeader($0)) })
        for c in cases { for (section, lines) in exporter.csvLines(c) { files[section]! += lines } }
        return files
    }

    func importCSV(_ files: [HTCDSSection: String], agency: String = "agency-1") -> HTCDSImport {
        HTCDSImporter(agencyID: agency).importCSV(cases: ("cases.csv", files[.cases]!), persons: ("persons.csv", files[.persons]!),
                                                  support: ("support.csv", files[.support]!))
    }

    @Test("JSON: export → import → export writes the same file, with and without identities",
          arguments: [IdentityExport.withheld, .included(for: officer)])
    func jsonRoundTrip(identities: IdentityExport) {
        let exporter = HTCDSExporter(identities: identities)
        let first = jsonFile(Fixtures.cases(40), exporter)
        let imported = HTCDSImporter(agencyID: "agency-1").importJSONLines(first, file: "partner.jsonl")
        #expect(imported.rejects.isEmpty, "\(imported.rejects)")
        #expect(imported.cases.count == 40)
        #expect(jsonFile(imported.cases, exporter) == first)
    }

    @Test("CSV: export → import → export writes the same three files, and Simpul's values survive")
    func csvRoundTrip() {
        let exporter = HTCDSExporter(identities: .included(for: Self.officer))
        let original = Fixtures.cases(40)
        let first = csvFiles(original, exporter)
        let imported = importCSV(first)
        #expect(imported.rejects.isEmpty, "\(imported.rejects)")
        #expect(csvFiles(imported.cases, exporter) == first)
        // Through Simpul's own ext_ columns nothing is lost between two Simpul installations.
        #expect(imported.cases == original)
    }

    @Test("text with quotes, backslashes, line breaks, control characters and non-ASCII letters survives the JSON line")
    func awkwardText() throws {
        var c = Fixtures.cases(1)[0]
        let name = "Siti \"Ani\" \\ Nur\nAini\t\u{01} Ñoño/ü 李"
        c.persons[0].identity = PersonIdentity(fullName: name, address: "Jl. \"Melati\", RT 01/02")
        let exporter = HTCDSExporter(identities: .included(for: Self.officer))
        let line = exporter.jsonLine(c)
        #expect(line.split(separator: "\n").count == 1)
        let back = HTCDSImporter(agencyID: "agency-1").importJSONLines(line, file: "x.jsonl")
        #expect(back.rejects.isEmpty)
        #expect(try #require(back.cases.first).persons[0].identity?.fullName == name)
        #expect(back.cases[0].persons[0].identity?.address == "Jl. \"Melati\", RT 01/02")
    }

    @Test("identities stay out unless asked for, and out for a user who may not see them")
    func identitiesGuarded() {
        let cases = Fixtures.cases(3)
        let withheld = jsonFile(cases, HTCDSExporter())
        #expect(!withheld.contains("Korban Nomor") && !withheld.contains("3578014506950002") && !withheld.contains("prs_FirstName"))
        let analyst = Viewer(userID: "u2", agencyID: "agency-1", role: .analyst)
        #expect(!jsonFile(cases, HTCDSExporter(identities: .included(for: analyst))).contains("Korban Nomor"))
        let outsider = Viewer(userID: "u3", agencyID: "agency-9", role: .investigator)
        #expect(!jsonFile(cases, HTCDSExporter(identities: .included(for: outsider))).contains("3578014506950002"))
        #expect(jsonFile(cases, HTCDSExporter(identities: .included(for: Self.officer))).contains("3578014506950002"))
        #expect(!HTCDSExporter().csvHeader(.persons).contains("prs_IdentityNumber"))
    }

    @Test("Simpul's codes map to HTCDS picklist values and back to a code that maps the same way")
    func codesBothWays() {
        for t in ExploitationType.allCases {
            let code = HTCDSCodes.exploitation(t)
            #expect(HTCDSCodes.exploitation(htcds: code).map(HTCDSCodes.exploitation) == code)
        }
        for s in ProtectionService.allCases {
            let code = HTCDSCodes.support(s)
            #expect(HTCDSCodes.support(htcds: code).map(HTCDSCodes.support) == code)
        }
        for m in CaseFacts.Means.allCases {
            let code = HTCDSCodes.means(m)
            #expect(HTCDSCodes.means(htcds: code).map(HTCDSCodes.means) == code)
        }
        for s in CaseStatus.allCases { #expect(HTCDSCodes.status(htcds: HTCDSCodes.status(s)).map(HTCDSCodes.status) == HTCDSCodes.status(s)) }
        for s in CasePerson.Sex.allCases { #expect(HTCDSCodes.gender(htcds: HTCDSCodes.gender(s)) == s) }
    }
}
