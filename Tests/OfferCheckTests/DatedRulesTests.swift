import Foundation
import Testing
@testable import OfferCheck

@Suite("Dated rules")
struct DatedRulesTests {
    let rules = OfferRules.shipped

    @Test("the same answers on a day before a rule was in force do not raise it")
    func beforeInForce() {
        let passport = Fixtures.clean { $0.passportHolder = .recruiter }
        let checker = OfferChecker()
        #expect(checker.check(passport, on: Fixtures.day("2017-11-21"), agency: nil).raisedCodes.isEmpty)
        #expect(checker.check(passport, on: Fixtures.day("2017-11-22"), agency: nil).raisedCodes.contains("passport_held_by_recruiter"))
        // A Date is judged on its day in Jakarta: 21 Nov 2017 18:00 UTC is already the 22nd there.
        let evening = ISO8601DateFormatter().date(from: "2017-11-21T18:00:00Z")!
        #expect(checker.check(passport, on: evening, agency: nil).raisedCodes.contains("passport_held_by_recruiter"))
    }

    @Test("lifting the ban for one country is a data change: its entry gets valid_until")
    func moratoriumLifted() {
        var lifted = rules
        let l = lifted.lists.firstIndex { $0.code == "household_moratorium_countries" }!
        let sa = lifted.lists[l].entries.firstIndex { $0.value == "SA" }!
        lifted.lists[l].entries[sa].validUntil = Fixtures.day("2026-01-31")
        let checker = OfferChecker(rules: lifted)
        #expect(checker.check(saudiHousehold, on: Fixtures.day("2026-01-31"), agency: nil).raisedCodes == ["household_work_moratorium"])
        #expect(checker.check(saudiHousehold, on: Fixtures.day("2026-02-01"), agency: nil).raisedCodes == [])
        // Other countries are untouched.
        var kuwait = saudiHousehold
        kuwait.destinationCountry = "KW"
        #expect(checker.check(kuwait, on: Fixtures.day("2026-02-01"), agency: nil).raisedCodes == ["household_work_moratorium"])
    }

    @Test("imposing a ban on a new country is a data change: a new entry")
    func moratoriumImposed() {
        var imposed = rules
        let l = imposed.lists.firstIndex { $0.code == "household_moratorium_countries" }!
        imposed.lists[l].entries.append(ListEntry(value: "MY", name: OfferText(id: "Malaysia", en: "Malaysia"),
                                                  validFrom: Fixtures.day("2027-01-01"), validUntil: nil, notes: nil))
        var malaysia = saudiHousehold
        malaysia.destinationCountry = "MY"
        let checker = OfferChecker(rules: imposed)
        #expect(checker.check(malaysia, on: Fixtures.day("2026-12-31"), agency: nil).raisedCodes == [])
        #expect(checker.check(malaysia, on: Fixtures.day("2027-01-01"), agency: nil).raisedCodes == ["household_work_moratorium"])
    }

    @Test("Saudi Arabia is flagged as unsettled from 14 March 2025, with the medium-confidence source")
    func saudiUnsettled() throws {
        let checker = OfferChecker()
        let before = try #require(checker.check(saudiHousehold, on: Fixtures.day("2025-03-13"), agency: nil).flags.first)
        let after = try #require(checker.check(saudiHousehold, on: Fixtures.day("2025-03-14"), agency: nil).flags.first)
        #expect(!before.unsettled && after.unsettled)
        #expect(!before.basis.contains { $0.confidence == .med })
        #expect(after.basis.contains { $0.instrument == "Penempatan ke Arab Saudi 2025" && $0.confidence == .med })
        #expect(after.details.contains { $0.en.contains("14 March 2025") })
    }

    @Test("the fee exemption is cited for a fishing crew only from 16 July 2021")
    func feeExemptionDated() throws {
        let fishing = Fixtures.clean { $0.job = .fishingCrew; $0.askedToPay = .yes }
        let checker = OfferChecker()
        let before = try #require(checker.check(fishing, on: Fixtures.day("2021-07-15"), agency: nil).flags.first)
        let after = try #require(checker.check(fishing, on: Fixtures.day("2021-07-16"), agency: nil).flags.first)
        #expect(before.code == "worker_pays_placement_costs" && after.code == "worker_pays_placement_costs")
        #expect(!before.basis.contains { $0.instrument == "Peraturan BP2MI 9/2020" })
        #expect(after.basis.contains { $0.instrument == "Peraturan BP2MI 9/2020" })
        #expect(after.details.contains { $0.id.contains("Awak kapal perikanan migran") })
    }

    @Test("a rule's dated note shows only from its day: the LTSA since 17 February 2023")
    func datedNotes() throws {
        let answers = Fixtures.clean { $0.registeredLTSA = .no }
        let checker = OfferChecker()
        let before = try #require(checker.check(answers, on: Fixtures.day("2023-02-16"), agency: nil).flags.first)
        let after = try #require(checker.check(answers, on: Fixtures.day("2023-02-17"), agency: nil).flags.first)
        #expect(before.details.isEmpty)
        #expect(after.details.count == 1 && after.details[0].en.contains("17 February 2023"))
    }

    @Test("a rule whose valid_until has passed no longer raises or asks")
    func ruleRetired() {
        var retired = rules
        let i = retired.rules.firstIndex { $0.code == "chat_only_contact" }!
        retired.rules[i].validUntil = Fixtures.day("2026-06-30")
        let answers = Fixtures.clean { $0.chatOnlyContact = .yes }
        let result = OfferChecker(rules: retired).check(answers, on: Fixtures.today, agency: nil)
        #expect(!result.raisedCodes.contains("chat_only_contact") && !result.notJudgedCodes.contains("chat_only_contact"))
    }
}
