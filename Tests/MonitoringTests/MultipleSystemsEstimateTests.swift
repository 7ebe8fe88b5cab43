import Testing
@testable import Monitoring

@Suite struct MultipleSystemsEstimateTests {
    @Test func twoListsReduceToLincolnPetersen() throws {
        // 300 on A, 200 on B, 60 on both.
        let h = try CaptureHistories(lists: 2, countsByPattern: [1: 240, 2: 140, 3: 60])

        let e = try MultipleSystemsEstimate.fit(h)

        // The maximum likelihood estimate is Lincoln–Petersen's n_A·n_B/m = 1000 exactly;
        // Chapman's (n_A+1)(n_B+1)/(m+1) − 1 ≈ 990.8 is its small-sample bias correction.
        #expect(abs(e.total - 300.0 * 200 / 60) < 1e-6)
        #expect(abs(e.unobserved - 240.0 * 140 / 60) < 1e-6)
        #expect(e.total > (301.0 * 201 / 61) - 1)
        #expect(e.chosen.model.pairs.isEmpty && e.warnings.contains(.onlyTwoLists))
        // A pair term with two lists has 4 parameters for 3 cells.
        #expect(e.models.contains { $0.status == .notIdentifiable })
        #expect(e.totalInterval.contains(1000) && e.totalInterval.lowerBound > 440)
        #expect(e.totalInterval.upperBound - e.total > e.total - e.totalInterval.lowerBound)
    }

    @Test func exactIndependentTableRecoversN() throws {
        // 10,000 persons; lists catch each independently with 0.5, 0.2, 0.1: every cell's
        // expected count is a whole number, so the table is exactly the model's expectation.
        let p = [0.5, 0.2, 0.1]
        var counts: [Int: Int] = [:]
        for pattern in 1..<8 {
            let share = (0..<3).reduce(1.0) { $0 * (pattern & (1 << $1) != 0 ? p[$1] : 1 - p[$1]) }
            counts[pattern] = Int((10_000 * share).rounded())
        }
        let h = try CaptureHistories(lists: 3, countsByPattern: counts)

        let e = try MultipleSystemsEstimate.fit(h)

        #expect(abs(e.total - 10_000) < 1e-6 && e.observed == 6400)
        #expect(e.chosen.model.pairs.isEmpty && e.chosen.deviance! < 1e-8)
        #expect(e.totalInterval.contains(10_000))
    }

    @Test func interactionInTheDataIsPickedUp() throws {
        // log-linear expectations: 4000 unobserved, A×½, B×¼, C×⅕, and A with B four times as
        // often as chance (say, one agency refers its cases to the other): N = 10,800.
        let h = try CaptureHistories(lists: 3, countsByPattern: [1: 2000, 2: 1000, 4: 800, 3: 2000, 5: 400, 6: 200, 7: 400])

        let byAIC = try MultipleSystemsEstimate.fit(h)
        let byBIC = try MultipleSystemsEstimate.fit(h, criterion: .bic)
        let independence = try MultipleSystemsEstimate.fit(h, model: .independence(lists: 3))

        #expect(byAIC.chosen.model.pairs == [ListPair(0, 1)] && byBIC.chosen.model.pairs == [ListPair(0, 1)])
        #expect(abs(byAIC.total - 10_800) < 1e-4)
        #expect(byAIC.chosen.terms == "A×B")
        #expect(independence.total < 9_000)
        #expect(independence.warnings.contains { if case .poorFit = $0 { true } else { false } })
    }

    @Test func nonExistentMLEIsDetectedAndSetAside() throws {
        // SparseMSE's `Artificial_3` (Chan, Silverman & Vincent 2019, Table 2): only A and B
        // overlap, so any model with A×B sends that term to +∞ against the empty cells ABC etc.
        let h = try CaptureHistories(lists: 3, countsByPattern: [1: 40, 2: 30, 4: 20, 3: 6])

        #expect(throws: EstimationError.modelCannotBeFitted(terms: "A×B", .mleDoesNotExist)) {
            try MultipleSystemsEstimate.fit(h, model: LogLinearModel(lists: 3, pairs: [ListPair(0, 1)]))
        }
        let e = try MultipleSystemsEstimate.fit(h)
        #expect(!e.chosen.model.pairs.contains(ListPair(0, 1)))
        #expect(e.models.first { $0.terms == "A×B" }?.status == .mleDoesNotExist)
        #expect(e.warnings.contains(.listsWithoutOverlap(["A–C", "B–C"])))
        #expect(e.warnings.contains(.fewOverlaps(6)))
    }

    @Test func listsThatNeverOverlapGiveNoEstimate() throws {
        let h = try CaptureHistories(lists: 3, countsByPattern: [1: 40, 2: 30, 4: 20])

        #expect(throws: EstimationError.noModelCanBeFitted) { try MultipleSystemsEstimate.fit(h) }
    }

    @Test func resultIsNeverABareCount() throws {
        let h = try CaptureHistories(listNames: ["Polri", "Dinsos", "LSM"], countsByPattern: [1: 2000, 2: 1000, 4: 800, 3: 2000, 5: 400, 6: 200, 7: 400])

        let e = try MultipleSystemsEstimate.fit(h)

        #expect(e.summary.id.contains("sekitar 10.800") && e.summary.id.contains("interval kepercayaan 95%"))
        #expect(e.summary.en.contains("about 10,800") && e.summary.en.contains("not a count"))
        #expect(Set(e.assumptions.map(\.code)).isSuperset(of: ["closed_population", "linkage", "heterogeneity", "pairwise_dependence_only"]))
        #expect(e.models.count == 1 + 3 + 2 && e.models.allSatisfy { $0.status == .fitted })
        #expect(e.models[0].aic! > e.chosen.aic! && e.chosen.bic! > e.chosen.aic!)
    }

    @Test func chiSquareTailMatchesTables() {
        #expect(abs(ChiSquare.upperTail(3.841458820694124, degreesOfFreedom: 1) - 0.05) < 1e-9)
        #expect(abs(ChiSquare.upperTail(18.307038053275146, degreesOfFreedom: 10) - 0.05) < 1e-9)
        #expect(abs(ChiSquare.upperTail(2, degreesOfFreedom: 4) - 0.7357588823428847) < 1e-9)
    }
}
