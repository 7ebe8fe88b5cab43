import Testing
@testable import OfferCheck

@Suite("Village-head checklist")
struct ChecklistTests {
    let rules = OfferRules.shipped

    @Test("one question per rule in force, with the rule's own title, basis and actions")
    func derivedFromRules() {
        let list = VillageHeadChecklist(on: Fixtures.today)
        #expect(Set(list.items.map(\.ruleCode)) == Set(rules.rules(on: Fixtures.today).map(\.code)))
        for item in list.items {
            let rule = rules.rule(item.ruleCode)!
            #expect(item.title == rule.title && item.severity == rule.severity && item.question == rule.checklist!.question)
            #expect(item.basis == rule.basis && item.actions.map(\.code) == rule.actions)
        }
        #expect(list.items.map(\.severity) == list.items.map(\.severity).sorted())
        #expect(list.items.contains { $0.ruleCode == "no_family_permission" && $0.question.id.contains("surat izin") })
    }

    @Test("a rule not yet in force is not asked")
    func dated() {
        let codes = VillageHeadChecklist(on: Fixtures.day("2016-01-01")).items.map(\.ruleCode)
        #expect(Set(codes) == ["household_work_moratorium", "recruiter_loan_or_wage_deduction"])
    }

    @Test("the official's red-flag answers raise the same flags the public checker raises")
    func agreesWithChecker() {
        // The Saudi offer, as the village head hears it and as the person tells it. Each question is
        // asked so that the answer of a procedural placement is the safe one ("is the worker 18 or
        // older?" — no; "does the worker hold the passport?" — yes).
        let list = VillageHeadChecklist(on: Fixtures.today)
        let official: [String: YesNo] = ["individual_recruiter": .no, "non_work_visa": .no, "household_work_moratorium": .yes,
                                         "under_18": .no, "passport_held_by_recruiter": .yes, "no_family_permission": .yes]
        let person = Fixtures.only {
            $0.offeredBy = .person; $0.visaType = .visit; $0.destinationCountry = "SA"; $0.job = .domesticWorker
            $0.employerKind = .privateHousehold; $0.age = 17; $0.familyPermission = .yes; $0.passportHolder = .worker
        }
        let checked = Set(OfferChecker().check(person, on: Fixtures.today, agency: nil).raisedCodes)
        #expect(Set(list.redFlags(official).map(\.ruleCode)) == ["individual_recruiter", "non_work_visa", "household_work_moratorium", "under_18"])
        #expect(checked == ["individual_recruiter", "non_work_visa", "household_work_moratorium", "under_18"])
    }
}
