import Foundation
import Testing
@testable import OfferCheck

@Suite("Result as JSON")
struct ResultEncodingTests {
    func json(_ value: some Encodable) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any])
    }

    @Test("the result has stable snake_case keys and string codes, and reads back the same")
    func stableKeys() throws {
        let answers = Fixtures.clean { $0.passportHolder = .recruiter; $0.age = nil }
        let result = OfferChecker().check(answers, on: Fixtures.today, agency: .notInRegistry)
        let top = try json(result)
        #expect(Set(top.keys) == ["checked_on", "rules_version", "verdict", "flags", "not_judged", "unanswered_questions", "actions"])
        #expect(top["checked_on"] as? String == "2026-12-06" && top["unanswered_questions"] as? [String] == ["age"])
        let verdict = try #require(top["verdict"] as? [String: Any])
        #expect(verdict["code"] as? String == "high_risk")
        let flag = try #require((top["flags"] as? [[String: Any]])?.first)
        #expect(Set(flag.keys) == ["code", "severity", "title", "explanation", "details", "basis", "actions", "unsettled"])
        #expect(flag["severity"] as? String == "serious")
        let basis = try #require((flag["basis"] as? [[String: Any]])?.first)
        #expect(Set(basis.keys).isSuperset(of: ["instrument", "provision", "summary", "source", "confidence"]))
        let open = try #require((top["not_judged"] as? [[String: Any]])?.first)
        #expect(open["questions"] as? [String] == ["age"])
        #expect(try JSONDecoder().decode(OfferCheckResult.self, from: JSONEncoder().encode(result)) == result)
    }

    @Test("the verdict never says safe and always says to verify the agency")
    func verdictWords() {
        for v in OfferRules.shipped.verdicts {
            #expect(v.advice.id.contains("KP2MI") && v.advice.en.contains("KP2MI"), "\(v.code)")
            #expect(!v.title.en.lowercased().contains("safe") && !v.title.id.lowercased().contains("aman"), "\(v.code)")
        }
        let clean = OfferChecker().check(Fixtures.clean, on: Fixtures.today, agency: .listed(Fixtures.activeAgency))
        #expect(clean.verdict.code == .noRedFlagFound && clean.verdict.note == nil)
        #expect(clean.verdict.advice.en.contains("does not mean the offer is safe"))
        #expect(clean.actions.map(\.code) == ["verify_agency"])
    }

    @Test("a refused document's error encodes with its fields")
    func errorEncodes() throws {
        do {
            _ = try OfferAnswers.decode(json: Data(#"{"age": 3}"#.utf8))
        } catch {
            let top = try json(error)
            let p = try #require((top["problems"] as? [[String: Any]])?.first)
            #expect(p["field"] as? String == "age" && p["reason"] as? String == "out_of_range" && p["value"] as? String == "3")
        }
    }

    @Test("money reads as each language writes it")
    func rupiah() {
        #expect(Rupiah.format(3_500_000, english: false) == "Rp3.500.000")
        #expect(Rupiah.format(3_500_000, english: true) == "IDR 3,500,000")
        #expect(Rupiah.format(0, english: false) == "Rp0" && Rupiah.format(999, english: true) == "IDR 999")
    }
}
