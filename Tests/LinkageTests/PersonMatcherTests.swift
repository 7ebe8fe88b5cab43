import Testing
@testable import Linkage

@Suite("Matching one record against stored persons")
struct PersonMatcherTests {
    let matcher = PersonMatcher(model: .starting(population: 100_000), referenceYear: 2026)

    @Test func spellingVariantsShareABlockingKeyWhateverElseIsStored() {
        let old = PersonRecord(recordID: "a", fullName: "H. Moch. Djoko Soesilo", dob: "1980-03-12", sex: "L")
        let new = PersonRecord(recordID: "b", fullName: "Joko Susilo", dob: "12/03/1980", sex: "L")
        let shared = Set(matcher.blockingKeys(old).map(\.text)).intersection(matcher.blockingKeys(new).map(\.text))
        #expect(!shared.isEmpty)
        // Keys are a function of the record alone (a store computes them once, at registration).
        #expect(matcher.blockingKeys(old) == PersonMatcher(model: .initial, referenceYear: 2026).blockingKeys(old))
        let stranger = PersonRecord(recordID: "c", fullName: "Joko Widodo", dob: "1961-06-21", sex: "L")
        #expect(Set(matcher.blockingKeys(stranger).map(\.text)).intersection(matcher.blockingKeys(new).map(\.text)).isEmpty)
    }

    @Test func aNIKDamagedInOneDigitStillSharesItsOtherParts() {
        let a = PersonRecord(recordID: "a", fullName: "Rina", nik: "3507024101900002")
        let b = PersonRecord(recordID: "b", fullName: "Rina", nik: "3507024101900092")
        let shared = Set(matcher.blockingKeys(a).map(\.text)).intersection(matcher.blockingKeys(b).map(\.text))
        #expect(shared.contains { $0.hasPrefix("\(Blocking.Kind.nikHead.rawValue):") })
    }

    @Test func aCommonNameCountsForLessThanARareOne() {
        let query = PersonRecord(recordID: "q", fullName: "Siti Aminah", dob: "1999-07-01", sex: "P")
        let stored = PersonRecord(recordID: "s", fullName: "SITI AMINAH", dob: "1999-07-01", sex: "P")
        let terms = matcher.terms(query)
        let rare = Dictionary(uniqueKeysWithValues: terms.map { ($0, 2) })
        let common = Dictionary(uniqueKeysWithValues: terms.map { ($0, $0.hasPrefix("d:") ? 2 : 5_000) })
        let pRare = matcher.rank(query, candidates: [stored], population: 100_000, counts: rare, minimumProbability: 0).first?.probability ?? 0
        let pCommon = matcher.rank(query, candidates: [stored], population: 100_000, counts: common, minimumProbability: 0).first?.probability ?? 0
        #expect(pRare > pCommon)
        #expect(pRare > 0.9)
    }

    @Test func candidatesBelowTheFloorAreLeftOutAndTheBestComesFirst() {
        let query = PersonRecord(recordID: "q", fullName: "Maria Goreti Seran", nik: "5303015508950123", dob: "1995-08-15")
        let same = PersonRecord(recordID: "same", fullName: "MARIA GORETTI SERAN", dob: "1995-08-15")
        let sister = PersonRecord(recordID: "sister", fullName: "Maria Yosefina Seran", nik: "5303015012970124", dob: "1997-12-10")
        let ranked = matcher.rank(query, candidates: [sister, same], population: 100_000, counts: [:], minimumProbability: 0.2)
        #expect(ranked.map(\.recordID) == ["same"])
    }

    @Test func theStartingModelsPriorFallsAsThePopulationGrows() {
        let small = LinkageModel.starting(population: 1_000), large = LinkageModel.starting(population: 1_000_000)
        #expect(large.priorWeight < small.priorWeight - 9)
        let scaled = small.scaled(from: 1_000, to: 1_000_000)
        #expect(abs(scaled.matchShare - small.matchShare * 999 / 999_999) < 1e-15)
        for f in LinkageField.allCases where f.levelsAreOrdered {
            // Agreement weighs for a match, clear disagreement against it.
            #expect(large.weight(f, level: f.levelCount - 1) > 0)
            #expect(large.weight(f, level: 0) < 0)
        }
        // Whether a shared agency says anything depends on the agencies: nothing until learnt.
        #expect(large.weight(.source, level: 0) == 0 && large.weight(.source, level: 1) == 0)
    }
}
