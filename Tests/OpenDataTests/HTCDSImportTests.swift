import Cases
import Testing
@testable import OpenData

/// A partner's file with faults: the valid rows load, each fault is reported by file, line and field.
@Suite("HTCDS import of bad input")
struct HTCDSImportTests {
    static let header = "cas_Id,cas_Status,cas_IncomingReferralDate,hte_Type,hte_Date,hte_Country\r\n"
    static let personsHeader = "prs_Id,prs_CaseId,prs_Gender,prs_Citizenship,vic_TraffickingStatus,vic_AgeWhenTrafficked,vic_TypeOfExploitation,vic_TypeOfSexExploitation,vic_MethodsOfControl,per_RoleInProcess\r\n"

    @Test("a partner's CSV without Simpul's columns loads with the agency's province and HTCDS codes mapped in")
    func partnerFile() throws {
        let cases = Self.header + "A1,Active,2025-03-02,Exploitation,2025-01-10,MY\r\n"
        let persons = Self.personsHeader
            + "P1,A1,Feminine,ID;MY,ActualVictimOfTrafficking,16,SexualExploitation;ForcedMarriage,Prostitution,DebtBondage;TakesEarnings,\r\n"
            + "P2,A1,Masculine,,,,,,,RecruiterOrIntermediary\r\n"
        let support = "spl_Id,spl_PersonId,spl_Type\r\nS1,P1,Legal\r\n"
        let result = HTCDSImporter(agencyID: "iom-id", defaultProvinceCode: "31")
            .importCSV(cases: ("c.csv", cases), persons: ("p.csv", persons), support: ("s.csv", support))
        #expect(result.rejects.isEmpty, "\(result.rejects)")
        let c = try #require(result.cases.first)
        #expect(c.provinceCode == "31" && c.status == .reported && c.exploitationCountry == "MY")
        #expect(Set(c.exploitationTypes) == [.prostitution, .slaveryOrSimilar])
        #expect(Set(c.means) == [.debtBondage, .otherCoercion])
        #expect(c.persons.map(\.role) == [.victim, .suspect])
        #expect(c.persons[0].citizenship == "ID" && c.persons[0].age == 16)
        #expect(c.support.map(\.service) == [.legalAid])
        #expect(c.involvedAgencyIDs == ["iom-id"])
    }

    @Test("unknown codes, wrong types and missing required fields are rejected with file, line and field; the rest loads")
    func rejects() throws {
        let cases = Self.header
            + "A1,Active,2025-03-02,,,\r\n"          // good
            + "A2,Pending,2025-03-02,,,\r\n"         // unknown status
            + ",Closed,2025-03-02,,,\r\n"            // missing id
            + "A4,Closed,02/03/2025,,,Malaysia\r\n"  // bad date, bad country
            + "A1,Active,2025-03-02,,,\r\n"          // duplicate
        let persons = Self.personsHeader
            + "P1,A1,Feminine,ID,PossibleVictimOfTrafficking,sixteen,ForcedLabour,,,\r\n"  // age not a number
            + "P2,A1,Female,ID,PossibleVictimOfTrafficking,17,ForcedLabour,,,\r\n"         // unknown gender code
            + "P3,A1,Feminine,ID,PossibleVictimOfTrafficking,17,Slavery,,,\r\n"            // unknown exploitation
            + "P4,A2,Feminine,ID,PossibleVictimOfTrafficking,17,ForcedLabour,,,\r\n"       // case was rejected
            + "P5,A1,Feminine,ID,PossibleVictimOfTrafficking,17,ForcedLabour,,,\r\n"       // good
            + "P6,A1,Feminine,ID\r\n"                                                      // too few cells
        let support = "spl_Id,spl_PersonId,spl_Type\r\nS1,P5,Health\r\nS2,P1,Health\r\nS3,P5,Massage\r\n"
        let result = HTCDSImporter(agencyID: "ngo", defaultProvinceCode: "35")
            .importCSV(cases: ("c.csv", cases), persons: ("p.csv", persons), support: ("s.csv", support))
        #expect(result.cases.map(\.id) == ["A1"])
        #expect(result.cases[0].persons.map(\.id) == ["P5"])
        #expect(result.cases[0].support.map(\.id) == ["S1"])
        let found = Set(result.rejects.map { "\($0.file):\($0.line):\($0.field)" })
        let expected: Set<String> = ["c.csv:3:cas_Status", "c.csv:4:cas_Id", "c.csv:5:cas_IncomingReferralDate", "c.csv:5:hte_Country",
                                     "c.csv:6:cas_Id", "p.csv:2:vic_AgeWhenTrafficked", "p.csv:3:prs_Gender",
                                     "p.csv:4:vic_TypeOfExploitation", "p.csv:5:prs_CaseId", "p.csv:7:*",
                                     "s.csv:3:spl_PersonId", "s.csv:4:spl_Type"]
        #expect(found == expected)
        let unknown = try #require(result.rejects.first { $0.field == "cas_Status" })
        #expect(unknown.value == "Pending" && unknown.description.contains("kode tidak dikenal") && unknown.description.contains("unknown code"))
    }

    @Test("JSON with a wrong type or broken line names the line and the nested field")
    func jsonRejects() {
        let text = """
        {"cas_Id":"A1","cas_Status":"Active","cas_IncomingReferralDate":"2025-01-01","persons":[{"prs_Id":"P1","vic_TraffickingStatus":"ActualVictimOfTrafficking","vic_AgeWhenTrafficked":"16"}]}
        {"cas_Id":"A2",
        {"cas_Id":"A3","cas_Status":"Closed","cas_IncomingReferralDate":"2025-01-01","persons":[{"prs_Id":"P3","vic_TraffickingStatus":"ActualVictimOfTrafficking","vic_TypeOfExploitation":"ForcedLabour"}]}
        {"cas_Id":"A4","cas_Status":"Closed","cas_IncomingReferralDate":"2025-01-01","persons":[{"prs_Id":"P4","vic_TraffickingStatus":"ActualVictimOfTrafficking","vic_AgeWhenTrafficked":30,"vic_TypeOfExploitation":["ForcedLabour"]}]}
        """
        let result = HTCDSImporter(agencyID: "ngo", defaultProvinceCode: "35").importJSONLines(text, file: "x.jsonl")
        #expect(result.cases.map(\.id) == ["A1", "A3", "A4"])
        #expect(result.cases.flatMap(\.persons).map(\.id) == ["P4"])
        #expect(result.cases[2].exploitationTypes == [.forcedLabour])
        let found = Set(result.rejects.map { "\($0.line):\($0.field)" })
        #expect(found == ["1:persons[0].vic_AgeWhenTrafficked", "2:*", "3:persons[0].vic_TypeOfExploitation"])
    }

    @Test("files saved by Excel, with a byte-order mark before the header, load as without one")
    func byteOrderMark() {
        let cases = Self.header + "A1,Active,2025-03-02,Exploitation,2025-01-10,MY\r\n"
        let persons = Self.personsHeader + "P1,A1,Feminine,ID,PossibleVictimOfTrafficking,16,ForcedLabour,,,\r\n"
        let support = "spl_Id,spl_PersonId,spl_Type\r\nS1,P1,Legal\r\n"
        let importer = HTCDSImporter(agencyID: "ngo", defaultProvinceCode: "31")
        let plain = importer.importCSV(cases: ("c.csv", cases), persons: ("p.csv", persons), support: ("s.csv", support))
        let marked = importer.importCSV(cases: ("c.csv", "\u{FEFF}" + cases), persons: ("p.csv", "\u{FEFF}" + persons),
                                        support: ("s.csv", "\u{FEFF}" + support))
        #expect(plain.rejects.isEmpty && plain.cases.count == 1 && plain.cases[0].support.count == 1)
        #expect(marked.rejects.isEmpty, "\(marked.rejects)")
        #expect(marked.cases == plain.cases)
    }
}
