import Foundation
import Testing
@testable import Law

/// A malformed facts document is rejected with the field path and the allowed values; nothing is guessed.
@Suite("Bad input")
struct BadInputTests {
    @Test("an unknown code in a list names its index and the allowed codes")
    func unknownMeansCode() throws {
        let e = try rejection(#"{"means":["deception","bribery"]}"#)
        let issue = try #require(e.issues.first)
        #expect(issue.path == "means[1]")
        #expect(issue.kind == .unknownCode)
        #expect(issue.found == "bribery")
        #expect(issue.allowed.contains("debt_bondage"))
        #expect(issue.message.en.contains("means[1]") && issue.message.en.contains("threat_of_force"))
        #expect(issue.message.id.contains("means[1]") && issue.message.id.contains("tidak dikenal"))
    }

    @Test("a wrong type names the field, what was found and what is allowed")
    func ageAsText() throws {
        let e = try rejection(#"{"victim":{"age":"sixteen"}}"#)
        #expect(e.path == "victim.age")
        #expect(e.issues[0].kind == .wrongType)
        #expect(e.message(.english).contains("a whole number"))
        #expect(e.message(.indonesian).contains("bilangan bulat"))
    }

    @Test("a boolean given as text is a wrong type")
    func booleanAsText() throws {
        let e = try rejection(#"{"perpetrator":{"corporation":"yes"}}"#)
        #expect(e.path == "perpetrator.corporation")
        #expect(e.issues[0].allowed == ["true or false"])
    }

    @Test("a list given as a single code is a wrong type")
    func actsNotAList() throws {
        let e = try rejection(#"{"acts":"recruitment"}"#)
        #expect(e.path == "acts")
        #expect(e.issues[0].kind == .wrongType)
        #expect(e.message(.english).contains("a list"))
    }

    @Test("a number inside a code list is named by its index")
    func numberInList() throws {
        let e = try rejection(#"{"harms":["death",3]}"#)
        #expect(e.path == "harms[1]")
        #expect(e.issues[0].kind == .wrongType)
    }

    @Test("an unknown top-level field is rejected with the fields allowed")
    func unknownTopLevelField() throws {
        let e = try rejection(#"{"acts":["recruitment"],"victimName":"Siti"}"#)
        #expect(e.path == "victimName")
        #expect(e.issues[0].kind == .unknownField)
        #expect(e.issues[0].allowed == CaseFacts.topLevelFields)
    }

    @Test("an unknown nested field is rejected too")
    func unknownNestedField() throws {
        let e = try rejection(#"{"victim":{"age":20,"nationality":"ID"}}"#)
        #expect(e.path == "victim.nationality")
        #expect(e.issues[0].allowed.contains("citizenship"))
    }

    @Test("an impossible or ambiguous date is rejected", arguments: ["2025-02-30", "14/08/2025", "2025-8-14", "2025-08-14T00:00:00Z"])
    func badDate(_ text: String) throws {
        let e = try rejection("{\"date\":\"\(text)\"}")
        #expect(e.path == "date")
        #expect(e.message(.english).contains("YYYY-MM-DD"))
    }

    @Test("a country code must be an assigned ISO code in capitals", arguments: ["id", "INA", "XX", "Indonesia"])
    func badCountry(_ code: String) throws {
        let e = try rejection("{\"movement\":{\"from\":\"\(code)\",\"to\":\"ID\"}}")
        #expect(e.path == "movement.from")
        #expect(e.issues[0].kind == .invalidValue)
    }

    @Test("a journey needs both ends")
    func movementWithoutTo() throws {
        let e = try rejection(#"{"movement":{"from":"ID"}}"#)
        #expect(e.path == "movement.to")
        #expect(e.issues[0].kind == .missingField)
    }

    @Test("an age out of range is rejected", arguments: ["-1", "131", "16.5"])
    func badAge(_ age: String) throws {
        let e = try rejection("{\"victim\":{\"age\":\(age)}}")
        #expect(e.path == "victim.age")
    }

    @Test("every problem is reported at once, not only the first")
    func allProblemsAtOnce() throws {
        let e = try rejection(#"{"acts":["kidnap"],"stage":"done","victim":{"sex":"f"}}"#)
        #expect(Set(e.issues.map(\.path)) == ["acts[0]", "stage", "victim.sex"])
    }

    @Test("not JSON, or not an object, is rejected as a whole document", arguments: ["{\"acts\":", "[1,2]", "\"facts\""])
    func notAnObject(_ text: String) throws {
        let e = try rejection(text)
        #expect(e.path == "(document)")
    }

    @Test("a plain JSONDecoder throws the same FactsError")
    func plainDecoderGivesFactsError() {
        #expect(throws: FactsError.self) {
            try JSONDecoder().decode(CaseFacts.self, from: Data(#"{"stage":"finished"}"#.utf8))
        }
    }

    @Test("null and omitted both mean unknown, not no")
    func nullIsUnknown() throws {
        let facts = try CaseFacts.decode(Data(#"{"victim":{"age":null,"citizenship":null},"means":null,"harms":[]}"#.utf8))
        #expect(facts.victim.age == nil)
        #expect(facts.means == nil)
        #expect(facts.acts == nil)
        #expect(facts.harms == [])
    }
}
