import Law
import Testing
@testable import Practice

/// Similar decisions: a weighted agreement over the facts both sides state.
@Suite struct SimilarityTests {
    @Test func anUnknownFactNeitherMatchesNorMismatches() {
        // Set-up: the same facts, then the decision without its means, then with other means.
        var noMeans = Fixture.scam
        noMeans.means = nil
        var otherMeans = Fixture.scam
        otherMeans.means = [.useOfForce]
        let same = SimilarityScore.score(FactFeatures(Fixture.scam), FactFeatures(Fixture.scam))
        let unknown = SimilarityScore.score(FactFeatures(Fixture.scam), FactFeatures(noMeans))
        let differs = SimilarityScore.score(FactFeatures(Fixture.scam), FactFeatures(otherMeans))
        // Unknown means: still full agreement, over less weight; known other means: lower agreement.
        #expect(same.perMille == 1000 && unknown.perMille == 1000)
        #expect(unknown.comparedWeight == same.comparedWeight - Feature.means.weight)
        #expect(differs.perMille < 1000)
    }

    @Test func aForcedCriminalityScamIsCloserToAScamDecisionThanToAPlantation() {
        var scamCase = Fixture.scam
        scamCase.victim.age = 19
        scamCase.movement = .init(from: "ID", to: "MM")
        let index = Fixture.index([Fixture.decision("pn-a-1-2022", Fixture.plantation), Fixture.decision("pn-b-2-2023", Fixture.scam)])
        let hits = index.similar(to: scamCase)
        #expect(hits.first.map { index.decisions[$0.index].id } == "pn-b-2-2023")
        let plantation = SimilarityScore.score(FactFeatures(scamCase), FactFeatures(Fixture.plantation))
        let scam = SimilarityScore.score(FactFeatures(scamCase), FactFeatures(Fixture.scam))
        #expect(scam.perMille > plantation.perMille)
        #expect(!hits.contains { index.decisions[$0.index].id == "pn-a-1-2022" }, "a plantation is not similar to a scam compound")
    }

    @Test func theExplanationListsSharedAndDifferingFeatures() {
        var decision = Fixture.scam
        decision.movement = .init(from: "ID", to: "MM")
        let r = Resemblance(case: Fixture.scam, decision: decision)
        #expect(r.shared.contains { $0.en == "exploitation: forced criminality (made to commit offences for the trafficker's gain)" })
        #expect(r.shared.contains { $0.en == "cross-border or domestic: cross-border" })
        #expect(r.differs.map(\.en) == ["destination country: this case Cambodia, the decision Myanmar"])
        #expect(!r.shared.contains { $0.en.hasPrefix("destination") })
    }

    @Test func tooFewFactsInCommonAreNotSimilar() {
        // Only the victim's age known: agreement on one fact says little.
        let thin = CaseFacts(victim: .init(age: 27))
        let index = Fixture.index([Fixture.decision("pn-c-3-2021", Fixture.scam)])
        #expect(index.similar(to: thin).isEmpty)
    }
}
