import Foundation
import Testing
@testable import OfferCheck

@Suite("Answers: reading and validation")
struct AnswersValidationTests {
    /// Decodes, expecting a refusal; returns the problems.
    func problems(_ json: String) -> [OfferAnswersProblem] {
        do {
            _ = try OfferAnswers.decode(json: Data(json.utf8))
            Issue.record("accepted: \(json)")
            return []
        } catch { return error.problems }
    }

    @Test("a full document reads, and encodes back to the same answers with the same keys")
    func roundTrip() throws {
        let answers = Fixtures.clean {
            $0.payments = [PaymentItem(.other, amountRupiah: 250_000, description: "uang map")]
            $0.askedToPay = .yes
            $0.paymentChannels = [.cashToPerson]
        }
        let data = try JSONEncoder().encode(answers)
        #expect(try OfferAnswers.decode(json: data) == answers)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        #expect(Set(keys).isSubset(of: Set(OfferQuestion.allCases.map(\.rawValue))))
        #expect(String(decoding: data, as: UTF8.self).contains("\"passport_holder\":\"self\""))
    }

    @Test("an empty object is a valid, wholly unanswered offer")
    func emptyIsValid() throws {
        let answers = try OfferAnswers.decode(json: Data("{}".utf8))
        #expect(answers == OfferAnswers())
        // 28 keys less 5 details, less the company name and licence number (asked only of a company).
        #expect(answers.unanswered.count == 21)
        // null means "not answered" too.
        #expect(try OfferAnswers.decode(json: Data(#"{"age": null, "job": null}"#.utf8)) == OfferAnswers())
    }

    @Test("an unknown enum value is refused, naming the field and the allowed values")
    func unknownValue() {
        let p = problems(#"{"job": "astronaut"}"#)
        #expect(p.count == 1 && p[0].field == "job" && p[0].reason == .unknownValue && p[0].value == "astronaut")
        #expect(p[0].allowed.contains("fishing_crew") && p[0].message.id.contains("tidak dikenal") && p[0].message.en.contains("unknown value"))
        #expect(problems(#"{"payment_channels": ["bank", "none"]}"#).map(\.field) == ["payment_channels[0]"])
        #expect(problems(#"{"payments": [{"item": "bribe"}]}"#).map(\.field) == ["payments[0].item"])
        #expect(problems(#"{"visa_type": "WORK"}"#).map(\.reason) == [.unknownValue])
    }

    @Test("age outside 10…100 is refused", arguments: [9, 101, -1, 0, 1000])
    func ageOutOfRange(_ age: Int) {
        let p = problems(#"{"age": \#(age)}"#)
        #expect(p.map(\.field) == ["age"] && p[0].reason == .outOfRange && p[0].value == String(age))
    }

    @Test("ages 10 and 100 are accepted")
    func ageBounds() throws {
        #expect(try OfferAnswers.decode(json: Data(#"{"age": 10}"#.utf8)).age == 10)
        #expect(try OfferAnswers.decode(json: Data(#"{"age": 100}"#.utf8)).age == 100)
    }

    @Test("text over its limit is refused: company name 200, free text 500")
    func overLongText() {
        let name = String(repeating: "a", count: 201), text = String(repeating: "b", count: 501)
        #expect(problems(#"{"company_name": "\#(name)"}"#).map(\.reason) == [.tooLong])
        #expect(problems(#"{"licence_number": "\#(name)"}"#).map(\.field) == ["licence_number"])
        #expect(problems(#"{"job_description": "\#(text)"}"#).map(\.field) == ["job_description"])
        #expect(problems(#"{"payments": [{"item": "other", "description": "\#(text)"}]}"#).map(\.field) == ["payments[0].description"])
        // At the limit is fine.
        let ok = String(repeating: "a", count: 200)
        #expect((try? OfferAnswers.decode(json: Data(#"{"company_name": "\#(ok)"}"#.utf8))) != nil)
    }

    @Test("a destination that is not an ISO 3166-1 alpha-2 code is refused", arguments: ["sa", "INA", "XX", "S", "", "Saudi", "S1"])
    func notACountry(_ code: String) {
        let p = problems(#"{"destination_country": "\#(code)"}"#)
        #expect(p.map(\.field) == ["destination_country"] && p[0].reason == .notACountry)
    }

    @Test("Indonesia is not a destination for this checker")
    func indonesiaRefused() {
        #expect(problems(#"{"destination_country": "ID"}"#).map(\.reason) == [.notAbroad])
    }

    @Test("a negative amount is refused, naming the payment")
    func negativeAmount() {
        let p = problems(#"{"payments": [{"item": "visa", "amount_rupiah": 100}, {"item": "ticket", "amount_rupiah": -5}]}"#)
        #expect(p.map(\.field) == ["payments[1].amount_rupiah"] && p[0].reason == .negativeAmount)
    }

    @Test("wrong types are refused, never crash", arguments: [
        (#"{"age": "seventeen"}"#, "age"), (#"{"age": 17.5}"#, "age"), (#"{"age": true}"#, "age"),
        (#"{"job": 3}"#, "job"), (#"{"payments": {"item": "visa"}}"#, "payments"), (#"{"payments": ["visa"]}"#, "payments[0]"),
        (#"{"company_name": ["PT A"]}"#, "company_name"), (#"{"payment_channels": "none"}"#, "payment_channels"),
        (#"{"payments": [{"item": "visa", "amount_rupiah": "1000"}]}"#, "payments[0].amount_rupiah"),
        (#"{"age": 99999999999999999999999}"#, "age"),
    ])
    func wrongType(_ json: String, _ field: String) {
        let p = problems(json)
        #expect(p.map(\.field) == [field], "\(json)")
        #expect(p.allSatisfy { $0.reason == .wrongType }, "\(json)")
    }

    @Test("malformed JSON and a document that is not an object are refused as the document")
    func malformed() {
        for json in ["", "{", "not json", #"{"age" 20}"#, #"{"age": 20"#] {
            let p = problems(json)
            #expect(p.map(\.field) == ["(document)"] && p.first?.reason == .malformedJSON, "\(json) \(p)")
        }
        #expect(problems("[1, 2]").map(\.reason) == [.wrongType])
        #expect(problems("null").map(\.field) == ["(document)"])
    }

    @Test("an unknown field is refused, so a misspelt key is not silently ignored")
    func unknownField() {
        let p = problems(#"{"agee": 20, "payments": [{"item": "visa", "cost": 1}]}"#)
        #expect(p.map(\.field) == ["payments[0].cost", "agee"] && p.allSatisfy { $0.reason == .unknownField })
        #expect(problems(#"{"payments": [{}]}"#).map(\.field) == ["payments[0].item"])
    }

    @Test("answers that contradict each other are refused")
    func contradictions() {
        #expect(problems(#"{"asked_to_pay": "no", "payments": [{"item": "visa"}]}"#).map(\.field) == ["payments"])
        #expect(problems(#"{"licence_shown": "no", "licence_number": "KEP/1/2020"}"#).map(\.field) == ["licence_number"])
        #expect(problems(#"{"contract": "complete", "contract_missing": ["wage"]}"#).map(\.field) == ["contract_missing"])
        #expect(problems(#"{"payment_channels": ["none", "agency_account"]}"#).map(\.reason) == [.contradiction])
        #expect(problems(#"{"contract_missing": ["wage", "wage"]}"#).map(\.reason) == [.duplicate])
    }

    @Test("every problem in a document is listed at once, in the contract's field order")
    func everyProblemListed() {
        let p = problems(#"{"age": 7, "destination_country": "xx", "job": "pilot", "zzz": 1, "payments": [{"item": "visa", "amount_rupiah": -1}]}"#)
        #expect(p.map(\.field) == ["destination_country", "job", "payments[0].amount_rupiah", "age", "zzz"])
        let error = OfferAnswersError(p)
        #expect(error.fields.count == 5 && error.problems(for: "age").count == 1)
        #expect(error.description.contains("age: 7"))
    }

    @Test("answers built in code are validated the same way")
    func validateInCode() {
        let bad = Fixtures.clean { $0.age = 120; $0.destinationCountry = "Malaysia"; $0.payments = [PaymentItem(.visa, amountRupiah: -3)] }
        #expect(throws: OfferAnswersError.self) { try bad.validate() }
        do { try bad.validate() } catch { #expect(error.fields == ["destination_country", "payments", "payments[0].amount_rupiah", "age"]) }
        #expect(throws: Never.self) { try Fixtures.clean.validate() }
    }

    @Test("decoding through any JSONDecoder gives the same field-named error")
    func plainDecoder() {
        #expect(throws: OfferAnswersError.self) { try JSONDecoder().decode(OfferAnswers.self, from: Data(#"{"age": 5}"#.utf8)) }
    }

    @Test("the unanswered list skips questions that cannot apply")
    func unansweredApplicability() {
        let person = Fixtures.only { $0.offeredBy = .person; $0.askedToPay = .no; $0.contract = .noContract }
        let open = Set(person.unanswered)
        #expect(!open.contains(.licenceShown) && !open.contains(.companyName) && !open.contains(.paymentChannels))
        #expect(!open.contains(.contractLanguageUnderstood) && open.contains(.age) && !open.contains(.offeredBy))
        #expect(Fixtures.clean.unanswered.isEmpty)
        #expect(Fixtures.clean { $0.job = .unknown }.unanswered == [.job])
    }

    @Test("the README's example reads and checks")
    func readmeExample() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/OfferCheck/README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```json\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let answers = try OfferAnswers.decode(json: Data(readme[start.upperBound..<end.lowerBound].utf8))
        let result = OfferChecker().check(answers, on: Fixtures.today, agency: .notInRegistry)
        #expect(result.verdict.code == .highRisk)
        #expect(Set(result.raisedCodes).isSuperset(of: ["individual_recruiter", "non_work_visa", "household_work_moratorium"]))
    }
}
