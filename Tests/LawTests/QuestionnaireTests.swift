import Foundation
import Testing
@testable import Law

@Suite("Victim-identification questionnaire")
struct QuestionnaireTests {
    func answers(_ yes: [String], age: Int? = 30) -> QuestionnaireAnswers {
        QuestionnaireAnswers(answers: Dictionary(uniqueKeysWithValues: yes.map { ($0, Answer.yes) }), age: age,
                             citizenship: "ID", sex: .male, from: "ID", to: "ID")
    }

    func dimension(_ s: IndicatorScreening, _ d: IndicatorDimension) -> DimensionScore {
        s.dimensions.first { $0.dimension == d }!
    }

    @Test("every question points at known indicators and has both languages")
    func questionsAreWellFormed() {
        #expect(Set(Questionnaire.questions.map(\.id)).count == Questionnaire.questions.count)
        for q in Questionnaire.questions {
            #expect(!q.text.id.isEmpty && !q.text.en.isEmpty)
            for i in q.indicators { #expect(OperationalIndicators.byID[i] != nil, "\(q.id) → \(i)") }
        }
        // Every dimension and every ILO forced-labour indicator can be reached by some question.
        let dims = Set(Questionnaire.questions.flatMap(\.indicators).compactMap { OperationalIndicators.byID[$0]?.dimension })
        #expect(dims == Set(IndicatorDimension.allCases))
        #expect(Set(Questionnaire.questions.flatMap(\.forcedLabour)) == Set(ForcedLabourIndicator.allCases))
    }

    @Test("plain words: Indonesian questions are short")
    func plainWords() {
        for q in Questionnaire.questions {
            #expect(q.text.id.split(separator: " ").count <= 20, "\(q.id) is too long to read aloud")
        }
    }

    @Test("two strong indicators make a dimension positive, and the answers are shown")
    func twoStrong() {
        let s = Questionnaire.score(answers(["w06", "w07"]))
        let d = dimension(s, .coercionAtDestination)
        #expect(d.positive && d.strong == 2)
        #expect(d.ledBy.map(\.questionID) == ["w06", "w07"])
    }

    @Test("one strong plus one medium is positive; one strong alone is not")
    func strongPlusMedium() {
        #expect(dimension(Questionnaire.score(answers(["w01", "w02"])), .exploitativeConditions).positive)
        #expect(!dimension(Questionnaire.score(answers(["w01"])), .exploitativeConditions).positive)
    }

    @Test("three medium, or two medium and one weak, are positive; two medium are not")
    func mediumRules() {
        #expect(dimension(Questionnaire.score(answers(["r13", "r14", "r15"])), .recruitmentByAbuseOfVulnerability).positive)
        #expect(dimension(Questionnaire.score(answers(["w16", "w17", "w19"])), .abuseOfVulnerabilityAtDestination).positive)
        #expect(!dimension(Questionnaire.score(answers(["w16", "w17"])), .abuseOfVulnerabilityAtDestination).positive)
    }

    @Test("an indicator shown by two answers counts once")
    func indicatorCountsOnce() {
        let d = dimension(Questionnaire.score(answers(["w08", "w09"])), .coercionAtDestination)
        #expect(d.strong == 1 && !d.positive)
        #expect(d.ledBy.count == 2)
    }

    @Test("an adult: deception, exploitative conditions and coercion at destination indicate trafficking")
    func adultCombination() {
        let s = Questionnaire.score(answers(["r04", "r05", "w01", "w02", "w06", "w07"]))
        #expect(s.outcome == .traffickingIndicated)
        let weaker = Questionnaire.score(answers(["r04", "r05", "w01", "w02"]))
        #expect(weaker.outcome == .someDimensionsPositive)
    }

    @Test("a child: recruitment of any kind and exploitative conditions are enough")
    func childCombination() {
        let s = Questionnaire.score(answers(["r01", "w01", "w02"], age: 15))
        #expect(s.child)
        #expect(s.outcome == .traffickingIndicated)
        #expect(Questionnaire.score(answers(["r01", "w01", "w02"], age: 25)).outcome == .someDimensionsPositive)
    }

    @Test("ILO forced-labour indicators are listed with the answers behind them; unknown answers are reported")
    func forcedLabour() {
        var a = answers(["w06", "w12", "w08"])
        a.answers["w99"] = .yes
        a.answers["w01"] = .unsure
        let s = Questionnaire.score(a)
        #expect(s.forcedLabour.map(\.indicator) == [.restrictionOfMovement, .isolation, .retentionOfIdentityDocuments, .withholdingOfWages])
        #expect(s.ignoredAnswers == ["w99"])
        #expect(s.outcome == .someDimensionsPositive, "documents kept and locked in: two strong indicators")
        #expect(!s.caveats.isEmpty)
    }

    @Test("answers prefill the case facts, which then screen as trafficking")
    func prefillScreens() {
        let facts = Questionnaire.prefill(answers(["r01", "r02", "r04", "w07", "w14", "w15"]))
        #expect(facts.acts == [.recruitment, .transportation])
        #expect(facts.means == [.deception, .debtBondage])
        // Made to scam or carry drugs (w15) is forced criminality as well as an offence the victim was compelled to.
        #expect(facts.exploitation == CaseFacts.Exploitation(types: [.forcedLabour, .forcedCriminality], status: .occurred))
        #expect(facts.victimCompelledToOffend == true)
        #expect(facts.movement == CaseFacts.Movement(from: "ID", to: "ID"))
        #expect(facts.contradictions().isEmpty)
        let r = Screening.screen(facts, asOf: CivilDate(iso: "2025-09-01")!)
        #expect(r.palermo.verdict == .trafficking)
        #expect(r.national.verdict == .offence)
        #expect(r.victimRights.contains("UU 21/2007 Pasal 18"))
    }

    @Test("no yes answers leave the facts unknown, not empty")
    func prefillLeavesUnknown() {
        let facts = Questionnaire.prefill(QuestionnaireAnswers(answers: ["r04": .no, "w01": .unsure], age: 20))
        #expect(facts.acts == nil && facts.means == nil && facts.exploitation.types == nil)
        #expect(facts.victim.age == 20)
    }
}

@Suite("Questionnaire JSON")
struct QuestionnaireJSONTests {
    @Test("questions encode for a form: plain text in both languages and readable prefill hints")
    func questionJSON() throws {
        let q = try #require(Questionnaire.questions.first { $0.id == "w07" })
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(q)) as? [String: Any])
        #expect(json["prefill"] as? [String] == ["means:debt_bondage"])
        #expect((json["text"] as? [String: String])?["id"]?.hasPrefix("Apakah") == true)
    }
}
