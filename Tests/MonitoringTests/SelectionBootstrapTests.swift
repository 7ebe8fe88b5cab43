import Testing
@testable import Monitoring

/// The default interval repeats the model choice on tables simulated from the chosen model.
@Suite struct SelectionBootstrapTests {
    /// Five sparse lists of 4,000 persons caught independently (the benchmark's sparse
    /// scenario), drawn once with a fixed seed: 20-odd persons on two lists, cells of 0–3.
    static func sparseFiveLists() throws -> CaptureHistories {
        let p = [0.03, 0.05, 0.08, 0.12, 0.04]
        var rng = SeededRandom(seed: 7)
        var counts: [Int: Int] = [:]
        for _ in 0..<4000 {
            let pattern = p.indices.reduce(0) { rng.uniform() < p[$1] ? $0 | 1 << $1 : $0 }
            if pattern != 0 { counts[pattern, default: 0] += 1 }
        }
        return try CaptureHistories(lists: 5, countsByPattern: counts)
    }

    @Test func sameTableAndSeedGiveTheSameInterval() throws {
        let h = try Self.sparseFiveLists()

        // 50 replicates rather than the standard 200, to keep the test quick in a debug build.
        let method = IntervalMethod.selectionBootstrap(replicates: 50, seed: 2026)
        let first = try MultipleSystemsEstimate.fit(h, interval: method)
        let again = try MultipleSystemsEstimate.fit(h, interval: method)
        let otherSeed = try MultipleSystemsEstimate.fit(h, interval: .selectionBootstrap(replicates: 50, seed: 99))

        #expect(first.intervalMethod == method && first.bootstrap?.replicates == 50)
        #expect(first.bootstrap == again.bootstrap && first.totalInterval == again.totalInterval)
        #expect(otherSeed.bootstrap?.cutoff != first.bootstrap?.cutoff)
    }

    @Test func bootstrapIntervalWidensTheProfileOneOnASparseTable() throws {
        let h = try Self.sparseFiveLists()

        let e = try MultipleSystemsEstimate.fit(h)

        let bootstrap = try #require(e.bootstrap)
        #expect(e.intervalMethod == .standard)
        #expect(bootstrap.replicates == 200 && bootstrap.failed < 10)
        #expect(e.totalInterval.contains(e.total))
        #expect(e.totalInterval.lowerBound <= e.totalProfileInterval.lowerBound)
        #expect(e.totalInterval.upperBound >= e.totalProfileInterval.upperBound)
        // With a handful of overlaps the choice is uncertain: the simulated tables often choose
        // another model, and the cutoff that covers their truth is well above χ²₁'s 3.84.
        #expect(bootstrap.sameModelShare < 0.9)
        #expect(e.warnings.contains(.unsettledModelChoice(sameModelShare: bootstrap.sameModelShare)) == (bootstrap.sameModelShare < 0.5))
        #expect(bootstrap.cutoff > 4.5)
        #expect(e.totalInterval.upperBound - e.totalInterval.lowerBound
                > 1.1 * (e.totalProfileInterval.upperBound - e.totalProfileInterval.lowerBound))
        #expect(e.assumptions.contains { $0.code == "interval_with_choice" })
    }

    @Test func profileIntervalOnlyWhenAsked() throws {
        let h = try Self.sparseFiveLists()

        let e = try MultipleSystemsEstimate.fit(h, interval: .profile)

        #expect(e.bootstrap == nil && e.intervalMethod == .profile)
        #expect(e.unobservedInterval == e.profileInterval)
        #expect(e.assumptions.contains { $0.code == "interval_given_model" })
    }

    @Test func simulatedTablesHaveTheirPersonsAndProportions() {
        var rng = SeededRandom(seed: 1)

        let cells = rng.multinomial(1_000_000, probabilities: [0.5, 0.3, 0.15, 0.05])
        let draws = (0..<400).map { _ in rng.binomial(10_000, 0.02) }

        #expect(cells.reduce(0, +) == 1_000_000)
        // Each cell within 4 standard deviations of its expectation.
        for (count, p) in zip(cells, [0.5, 0.3, 0.15, 0.05]) {
            #expect(abs(Double(count) - 1e6 * p) < 4 * (1e6 * p * (1 - p)).squareRoot())
        }
        let mean = Double(draws.reduce(0, +)) / 400
        let variance = draws.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / 399
        #expect(abs(mean - 200) < 4 * (196.0 / 400).squareRoot())
        #expect(abs(variance / 196 - 1) < 0.3)
    }
}
