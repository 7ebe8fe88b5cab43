import Foundation
import Monitoring

/// `map` over the cores: each run is independent.
func inParallel<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R?) -> [R?] {
    concurrentMap(count: items.count) { body(items[$0]) }
}

/// How long one estimate with the default bootstrap takes, on one table of each five-list scenario.
func timeOneEstimate() {
    for (index, scenario) in Scenario.all.enumerated() where scenario.lists >= 5 {
        var rng = SeededRandom(seed: 2026 &+ UInt64(index) &* 1_000_003)
        guard let table = try? CaptureHistories(lists: scenario.lists, countsByPattern: scenario.draw(&rng)) else { continue }
        let t0 = Date()
        let e = try? MultipleSystemsEstimate.fit(table)
        let seconds = Date().timeIntervalSince(t0)
        let model = e?.chosen.terms ?? "no estimate"
        print(String(format: "%@: %.3f s for one estimate with 200 replicates (model %@)", scenario.name, seconds, model))
    }
}
