// Issue: multiple systems estimation. Simulates populations of known size, estimates each with
// `MultipleSystemsEstimate.fit`, and prints per scenario how often each 95% interval covers the
// truth — the profile interval given the chosen model, the bootstrap-calibrated one (the
// default) and the bootstrap percentile one — with the mean relative error and the mean
// interval width, under AIC (the default) and BIC, and, where the captures follow a pairwise
// model, under that true model fitted without choosing (profile interval only).
//
//   swift run -c release --scratch-path .build-mse mse-bench [runs] [replicates]   (500, 200)
//   swift run -c release --scratch-path .build-mse mse-bench time                  (timing only)
import Foundation
import Monitoring

if CommandLine.arguments.dropFirst().first == "time" {
    timeOneEstimate()
    exit(0)
}
let runs = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 500 : 500
let replicates = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 200 : 200
let interval = IntervalMethod.selectionBootstrap(replicates: replicates, seed: 2026)

print("Multiple systems estimation: \(runs) simulated tables per scenario, seed 2026, \(replicates) bootstrap replicates")
print("coverage = share of runs whose 95% interval holds the true N: profile given the chosen model, bootstrap-calibrated")
print("profile (the default), bootstrap percentile; rel. error = (estimate − N)/N; median width relative to N\n")
let header = "scenario".padding(toLength: 42, withPad: " ", startingAt: 0) + Tally.header
print(header)
print(String(repeating: "-", count: header.count))

let started = Date()
for (index, scenario) in Scenario.all.enumerated() {
    var rng = SeededRandom(seed: 2026 &+ UInt64(index) &* 1_000_003)
    let tables = (0..<runs).map { _ in scenario.draw(&rng) }
    // The two criteria as a user would run them, then the true model without any choosing.
    var ways: [(String, @Sendable (CaptureHistories) throws -> MultipleSystemsEstimate)] = [
        ("AIC", { try MultipleSystemsEstimate.fit($0, criterion: .aic, interval: interval) }),
        ("BIC", { try MultipleSystemsEstimate.fit($0, criterion: .bic, interval: interval) }),
    ]
    if let truth = scenario.truth { ways.append(("true", { try MultipleSystemsEstimate.fit($0, model: truth) })) }
    for (row, (way, estimate)) in ways.enumerated() {
        let t0 = Date()
        var tally = Tally(truth: Double(scenario.size))
        for e in inParallel(tables, { counts in
            (try? CaptureHistories(lists: scenario.lists, countsByPattern: counts)).flatMap { try? estimate($0) }
        }) { tally.add(e) }
        let label = (row == 0 ? scenario.name : "").padding(toLength: 42, withPad: " ", startingAt: 0)
        print(label + tally.line(way: way, seconds: Date().timeIntervalSince(t0)))
    }
}
print(String(format: "\ntotal time %.1f s", Date().timeIntervalSince(started)))
