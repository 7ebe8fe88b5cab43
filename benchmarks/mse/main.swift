// Issue: multiple systems estimation. Simulates populations of known size, estimates each with
// `MultipleSystemsEstimate.fit`, and prints per scenario how often the 95% interval covers the
// truth, the mean relative error and the mean interval width, under AIC (the default) and BIC,
// and, where the captures follow a pairwise model, under that true model fitted without choosing.
//
//   swift run -c release --scratch-path .build-mse mse-bench [runs]     (default 500 runs)
import Foundation
import Monitoring

let runs = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 500 : 500

let scenarios: [Scenario] = [
    .independent("3 lists, independent", size: 500, probabilities: [0.30, 0.20, 0.25]),
    .independent("4 lists, independent, sparse", size: 2000, probabilities: [0.10, 0.15, 0.20, 0.08]),
    .independent("5 lists, independent, very sparse", size: 4000, probabilities: [0.03, 0.05, 0.08, 0.12, 0.04]),
    .dependent("3 lists, A–B referral (odds ratio 3)", size: 1000, odds: [0.35, 0.25, 0.30], oddsRatios: [(0, 1, 3)]),
    .dependent("5 lists, A–B ×4, C–D ×0.5", size: 3000, odds: [0.15, 0.12, 0.20, 0.10, 0.08], oddsRatios: [(0, 1, 4), (2, 3, 0.5)]),
    .twoClasses("4 lists, 20% three times as findable", size: 1500, probabilities: [0.15, 0.10, 0.20, 0.12], easyShare: 0.2, factor: 3),
    .heterogeneous("5 lists, logit-normal heterogeneity σ=1", size: 5000, probabilities: [0.10, 0.08, 0.15, 0.12, 0.06], spread: 1),
]

print("Multiple systems estimation: \(runs) simulated tables per scenario, seed 2026, 95% profile-likelihood intervals")
print("coverage = share of runs whose interval holds the true N; rel. error = (estimate − N)/N; width relative to N\n")
let header = "scenario".padding(toLength: 42, withPad: " ", startingAt: 0)
    + " way      N  coverage  mean rel.err  mean |rel.err|  mean width  no est.  unbounded"
print(header)
print(String(repeating: "-", count: header.count))

let started = Date()
for (index, scenario) in scenarios.enumerated() {
    var rng = SeededRandom(seed: 2026 &+ UInt64(index) &* 1_000_003)
    let tables = (0..<runs).map { _ in scenario.draw(&rng) }
    // The two criteria as a user would run them, then the true model without any choosing.
    var ways: [(String, (CaptureHistories) throws -> MultipleSystemsEstimate)] = [
        ("AIC", { try MultipleSystemsEstimate.fit($0, criterion: .aic) }),
        ("BIC", { try MultipleSystemsEstimate.fit($0, criterion: .bic) }),
    ]
    if let truth = scenario.truth { ways.append(("true", { try MultipleSystemsEstimate.fit($0, model: truth) })) }
    for (row, (way, estimate)) in ways.enumerated() {
        let t0 = Date()
        var tally = Tally(truth: Double(scenario.size))
        for counts in tables {
            guard let histories = try? CaptureHistories(lists: scenario.lists, countsByPattern: counts),
                  let e = try? estimate(histories) else {
                tally.failed += 1
                continue
            }
            tally.add(e)
        }
        let label = (row == 0 ? scenario.name : "").padding(toLength: 42, withPad: " ", startingAt: 0)
        print(label + tally.line(way: way, seconds: Date().timeIntervalSince(t0)))
    }
}
print(String(format: "\ntotal time %.1f s", Date().timeIntervalSince(started)))
