import Testing
@testable import OfferCheck

@Suite("Worked offers")
struct WorkedOffersTests {
    let checker = OfferChecker()

    @Test("an offer raises exactly the flags its answers imply", arguments: allWorkedOffers)
    func offer(_ offer: WorkedOffer) {
        // Under test: the check on the offer's day, with the registry's word.
        let result = checker.check(offer.answers, on: offer.day, agency: offer.agency)
        // What must hold.
        #expect(Set(result.raisedCodes) == offer.raises, "\(offer.name)")
        #expect(offer.mustNotRaise.isDisjoint(with: result.raisedCodes), "\(offer.name)")
        if let v = offer.verdict { #expect(result.verdict.code == v, "\(offer.name)") }
        #expect(offer.notJudged.isSubset(of: result.notJudgedCodes), "\(offer.name): not judged \(result.notJudgedCodes)")
        // Never both raised and not judged; checking the agency is always the first thing to do.
        #expect(Set(result.raisedCodes).isDisjoint(with: result.notJudgedCodes))
        #expect(result.actions.first?.code == "verify_agency")
    }

    @Test("there are at least 30 worked offers, with distinct names")
    func count() {
        #expect(allWorkedOffers.count >= 30)
        #expect(Set(allWorkedOffers.map(\.name)).count == allWorkedOffers.count)
    }

    @Test("every rule is raised by some worked offer")
    func everyRuleIsExercised() {
        let raised = allWorkedOffers.reduce(into: Set<String>()) { $0.formUnion($1.raises) }
        #expect(Set(OfferRules.shipped.rules.map(\.code)).subtracting(raised) == [])
    }
}
