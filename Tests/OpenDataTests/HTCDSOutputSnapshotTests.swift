import Cases
import Coordination
import Testing
@testable import OpenData

/// The exact bytes of an export, key order, escaping and quoting included: a partner diffs two
/// exports, and the round trip through the store compares files, so the writer must never drift.
/// The case carries text that JSON must escape and CSV must quote in fields every export
/// writes, identities or not.
@Suite("HTCDS output bytes")
struct HTCDSOutputSnapshotTests {
    static func awkwardCase() -> ExchangeCase {
        let id = "c\"1\"\\ a\nb\t\u{01},\u{e9}/\u{674e}"
        return ExchangeCase(
            id: id, number: "TPPO,\"2026\"\r\n01", status: .trial, provinceCode: "35", openedOn: CalendarDate(iso: "2026-02-01")!,
            incidentOn: nil, exploitationCountry: "KH", exploitationTypes: [.prostitution, .forcedLabour],
            means: [.threatOfForce, .deception, .falsification],
            persons: [ExchangePerson(id: "p1", role: .victim, sex: .female, age: 17, citizenship: "ID"),
                      ExchangePerson(id: "p2", role: .suspect, sex: nil, age: nil, citizenship: nil),
                      ExchangePerson(id: "p,3", role: .victim, sex: .unknown, age: nil, citizenship: "MY")],
            support: [ExchangeSupport(id: "s1", personID: "p1", service: .shelter, plannedEnd: CalendarDate(iso: "2026-03-10"), actualEnd: nil),
                      ExchangeSupport(id: "s2", personID: "p,3", service: .legalAid, plannedEnd: nil, actualEnd: nil)],
            involvedAgencyIDs: [])
    }

    @Test("a JSON line: keys sorted with the nested arrays among them, strings escaped, empty fields left out")
    func jsonLine() {
        #expect(HTCDSExporter().jsonLine(Self.awkwardCase()) == Self.json)
        var bytes: [UInt8] = Array("before\n".utf8)
        HTCDSExporter().writeJSONLine(Self.awkwardCase(), into: &bytes)
        #expect(bytes == Array(("before\n" + Self.json).utf8))
    }

    @Test("CSV lines of each section: columns in file order, fields quoted only where they must be", arguments: HTCDSSection.allCases)
    func csvLines(_ section: HTCDSSection) {
        let exporter = HTCDSExporter()
        #expect(exporter.csvLines(Self.awkwardCase(), section: section) == Self.csv[section])
        #expect(exporter.csvLines(Self.awkwardCase())[section] == Self.csv[section])
        var buffers: [HTCDSSection: [UInt8]] = [:]
        exporter.writeCSVLines(Self.awkwardCase(), into: &buffers)
        #expect(buffers[section] == Array(Self.csv[section]!.utf8))
    }

    @Test("a field whose only break is a CR LF, or whose comma carries an accent, is quoted",
          arguments: ["Jl. Mawar\r\n12", "a,\u{301}b"])
    func quotedWhereACharacterHidesTheSpecial(_ value: String) {
        #expect(CSVText.field(value) == "\"" + value + "\"")
        var bytes: [UInt8] = []
        CSVText.field(value, into: &bytes)
        #expect(bytes == Array(("\"" + value + "\"").utf8))
        let read = Array(CSVRecords(text: CSVText.line([value, "next"])))
        #expect(read.count == 1 && read.first?.fields == [value, "next"])
    }

    static let json = "{\"cas_Id\":\"c\\\"1\\\"\\\\ a\\nb\\t\\u0001,\u{e9}/\u{674e}\",\"cas_IncomingReferralDate\":\"2026-02-01\",\"cas_Status\":\"Active\",\"ext_CaseNumber\":\"TPPO,\\\"2026\\\"\\r\\n01\",\"ext_ProvinceCode\":\"35\",\"ext_SimpulExploitation\":[\"forced_labour\",\"prostitution\"],\"ext_SimpulMeans\":[\"deception\",\"falsification\",\"threat_of_force\"],\"ext_SimpulStatus\":\"trial\",\"hte_Country\":\"KH\",\"hte_Type\":\"Exploitation\",\"persons\":[{\"prs_CaseId\":\"c\\\"1\\\"\\\\ a\\nb\\t\\u0001,\u{e9}/\u{674e}\",\"prs_Citizenship\":[\"ID\"],\"prs_Gender\":\"Feminine\",\"prs_Id\":\"p1\",\"vic_AgeWhenTrafficked\":17,\"vic_MethodsOfControl\":[\"FalsePromises\",\"PhysicalThreats\",\"WithholdsDocuments\"],\"vic_TraffickingStatus\":\"PossibleVictimOfTrafficking\",\"vic_TypeOfExploitation\":[\"ForcedLabour\",\"SexualExploitation\"],\"vic_TypeOfSexExploitation\":[\"Prostitution\"]},{\"per_RoleInProcess\":[\"Other\"],\"prs_CaseId\":\"c\\\"1\\\"\\\\ a\\nb\\t\\u0001,\u{e9}/\u{674e}\",\"prs_Id\":\"p2\"},{\"prs_CaseId\":\"c\\\"1\\\"\\\\ a\\nb\\t\\u0001,\u{e9}/\u{674e}\",\"prs_Citizenship\":[\"MY\"],\"prs_Gender\":\"NonSpecifiedUnknown\",\"prs_Id\":\"p,3\",\"vic_MethodsOfControl\":[\"FalsePromises\",\"PhysicalThreats\",\"WithholdsDocuments\"],\"vic_TraffickingStatus\":\"PossibleVictimOfTrafficking\",\"vic_TypeOfExploitation\":[\"ForcedLabour\",\"SexualExploitation\"],\"vic_TypeOfSexExploitation\":[\"Prostitution\"]}],\"support\":[{\"ext_SimpulService\":\"shelter\",\"spl_Id\":\"s1\",\"spl_PersonId\":\"p1\",\"spl_PlannedEndDate\":\"2026-03-10\",\"spl_Type\":\"SocialCare\"},{\"ext_SimpulService\":\"legal_aid\",\"spl_Id\":\"s2\",\"spl_PersonId\":\"p,3\",\"spl_Type\":\"Legal\"}]}\n"
    static let csv: [HTCDSSection: String] = [
        .cases: "\"c\"\"1\"\"\\ a\nb\t\u{1},\u{e9}/\u{674e}\",\"TPPO,\"\"2026\"\"\r\n01\",Active,trial,2026-02-01,35,Exploitation,,KH,forced_labour;prostitution,deception;falsification;threat_of_force\r\n",
        .persons: "p1,\"c\"\"1\"\"\\ a\nb\t\u{1},\u{e9}/\u{674e}\",Feminine,ID,PossibleVictimOfTrafficking,17,ForcedLabour;SexualExploitation,Prostitution,FalsePromises;PhysicalThreats;WithholdsDocuments,\r\np2,\"c\"\"1\"\"\\ a\nb\t\u{1},\u{e9}/\u{674e}\",,,,,,,,Other\r\n\"p,3\",\"c\"\"1\"\"\\ a\nb\t\u{1},\u{e9}/\u{674e}\",NonSpecifiedUnknown,MY,PossibleVictimOfTrafficking,,ForcedLabour;SexualExploitation,Prostitution,FalsePromises;PhysicalThreats;WithholdsDocuments,\r\n",
        .support: "s1,p1,SocialCare,shelter,2026-03-10,\r\ns2,\"p,3\",Legal,legal_aid,,\r\n",
    ]
}
