import Foundation
import Testing
@testable import OfferCheck

@Suite("Rules as data")
struct RulesDataTests {
    let rules = OfferRules.shipped

    @Test("every rule in the JSON has code that evaluates it, and every condition has a rule")
    func rulesAndConditionsMatch() {
        #expect(Set(rules.rules.map(\.code)) == OfferConditions.codes)
    }

    @Test("the codes the issue names are all there")
    func namedCodes() {
        let named: Set = ["unlicensed_agency", "individual_recruiter", "worker_pays_placement_costs", "payment_to_personal_account",
                          "non_work_visa", "no_written_contract", "contract_missing_essentials", "contract_language",
                          "no_placement_agreement", "vague_or_scam_job", "destination_without_arrangement",
                          "household_work_moratorium", "under_18", "no_social_security", "no_training", "no_medical_check",
                          "no_family_permission", "not_registered_ltsa", "passport_held_by_recruiter", "asked_to_falsify",
                          "too_good_to_be_true", "chat_only_contact", "revoked_or_suspended_agency", "unknown_agency"]
        #expect(named.isSubset(of: Set(rules.rules.map(\.code))))
    }

    @Test("every rule is dated, has a basis, actions, questions and a checklist question in both languages")
    func everyRuleIsComplete() {
        for r in rules.rules {
            #expect(r.validFrom != nil, "\(r.code)")
            #expect(!r.basis.isEmpty && !r.actions.isEmpty && !r.questions.isEmpty, "\(r.code)")
            for text in [r.title, r.explanation, r.checklist?.question] {
                #expect(!(text?.id.isEmpty ?? true) && !(text?.en.isEmpty ?? true), "\(r.code)")
            }
        }
    }

    @Test("every basis cites job-offer-facts.md and names an instrument of the table")
    func basisIsSourced() {
        let instruments = Set(rules.instruments.map(\.name))
        let all = rules.rules.flatMap(\.basis) + rules.lists.flatMap(\.basis)
            + rules.lists.flatMap(\.entries).flatMap { $0.notes ?? [] }.flatMap { $0.basis ?? [] }
        for b in all {
            #expect(b.source.contains("job-offer-facts.md"), "\(b.instrument) \(b.provision)")
            #expect(instruments.contains(b.instrument), "\(b.instrument)")
        }
        // Where the facts found no Indonesian article, the data says so and rates it low.
        for code in ["contract_language", "passport_held_by_recruiter"] {
            let low = rules.rule(code)!.basis.filter { $0.confidence == .low }
            #expect(low.count == 1 && low[0].note?.en.contains("No Indonesian article") == true, "\(code)")
        }
        // The weak signals rest on no article.
        #expect(rules.rule("too_good_to_be_true")!.basis.allSatisfy { $0.confidence == .notApplicable })
    }

    @Test("Kepmenaker 260/2015: 21 countries from 1 July 2015; Saudi Arabia unsettled from 14 March 2025, not removed")
    func moratoriumList() throws {
        let list = try #require(rules.list("household_moratorium_countries"))
        #expect(list.entries.count == 21 && Set(list.entries.map(\.value)).count == 21)
        #expect(list.validFrom == Fixtures.day("2015-07-01") && list.confidence == .high)
        #expect(Set(list.entries.map(\.value)) == ["DZ", "SA", "BH", "IQ", "IR", "KW", "LB", "LY", "MA", "MR", "EG", "OM", "PK",
                                                    "PS", "QA", "SS", "SY", "TN", "AE", "YE", "JO"])
        let saudi = try #require(list.entries.first { $0.value == "SA" })
        #expect(saudi.validUntil == nil)
        let unsettled = try #require(saudi.notes?.first { $0.isUnsettled })
        #expect(unsettled.from == Fixtures.day("2025-03-14") && unsettled.basis?.first?.confidence == .med)
    }

    @Test("the ten fee-exempt jobs of Peraturan BP2MI 9/2020 hold after 15 July 2021")
    func feeExemptJobs() throws {
        let list = try #require(rules.list("fee_exempt_jobs"))
        #expect(Set(list.entries.map(\.value)) == ["domestic_worker", "baby_sitter", "elderly_carer", "cook", "family_driver",
                                                    "gardener", "child_carer", "cleaner", "farm_worker", "fishing_crew"])
        #expect(list.entry("cook", on: Fixtures.day("2021-07-15")) == nil)
        #expect(list.entry("cook", on: Fixtures.day("2021-07-16")) != nil)
    }

    @Test("the 2025 destinations are dated and of medium confidence")
    func destinationLists() throws {
        let none = try #require(rules.list("destinations_without_arrangement"))
        #expect(Set(none.entries.map(\.value)) == ["TH", "MM", "KH"] && none.confidence == .med && none.validFrom?.year == 2025)
        let scam = try #require(rules.list("scam_compound_destinations"))
        #expect(Set(scam.entries.map(\.value)) == ["KH", "PH", "TH", "MM", "LA"] && scam.confidence == .med)
    }

    @Test("every answer code has a label in both languages, and every label an answer code")
    func labelsMatchCodes() {
        func check<C: AnswerCode>(_ set: String, _ type: C.Type) {
            let labelled = rules.choices.first { $0.set == set }?.options.map(\.code) ?? []
            #expect(labelled == C.allCases.map(\.rawValue), "\(set)")
        }
        check("yes_no", YesNo.self)
        check("offered_by", OfferedBy.self)
        check("job", JobCategory.self)
        check("employer_kind", EmployerKind.self)
        check("payment_item", PaymentItemKind.self)
        check("payment_channel", PaymentChannel.self)
        check("visa_type", VisaType.self)
        check("contract", ContractStatus.self)
        check("contract_essential", ContractEssential.self)
        check("passport_holder", PassportHolder.self)
        #expect(rules.choices.count == 10)
        #expect(rules.questions.map(\.code) == OfferQuestion.allCases)
    }

    @Test("an action's text gives the number of every help line it names")
    func actionsNameTheirNumbers() {
        for a in rules.actions {
            for code in a.helpLines {
                let number = rules.helpLines.first { $0.code == code }!.number
                #expect(a.text.id.contains(number) && a.text.en.contains(number), "\(a.code): \(number)")
            }
        }
    }

    @Test("a flag is left not judged only for questions its rule says it reads")
    func unjudgedQuestionsAreDeclared() {
        let result = OfferChecker().check(OfferAnswers(), on: Fixtures.today, agency: nil)
        #expect(result.raisedCodes.isEmpty)
        #expect(Set(result.notJudgedCodes) == Set(rules.rules(on: Fixtures.today).map(\.code)))
        for open in result.notJudged {
            #expect(Set(open.questions).isSubset(of: rules.rule(open.code)!.questions), "\(open.code)")
        }
    }

    @Test("a rules document that names what it does not define is refused, naming each problem")
    func inconsistentRulesRefused() throws {
        var broken = rules
        broken.rules[0].actions.append("fly_away")
        broken.rules[1].basis[0].instrument = "UU 99/2099"
        broken.rules.append(broken.rules[2])
        broken.rules[3].code = "not_in_code"
        let data = try JSONEncoder().encode(broken)
        let error = #expect(throws: OfferRulesError.self) { try OfferRules.decode(json: data) }
        let text = error?.description ?? ""
        for fragment in ["fly_away", "UU 99/2099", "defined twice", "not_in_code has no condition"] {
            #expect(text.contains(fragment), "\(fragment)")
        }
    }
}
