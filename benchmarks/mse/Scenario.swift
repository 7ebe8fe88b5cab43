import Foundation
import Monitoring

/// A population of known size and how its persons get onto the lists.
struct Scenario: Sendable {
    let name: String
    let size: Int
    let lists: Int
    /// The pairwise log-linear model the captures follow, when they follow one (not under
    /// heterogeneity): fitting it without selection shows how well the interval itself is calibrated.
    var truth: LogLinearModel? = nil
    /// The lists (bit pattern) one person ends up on.
    let capture: @Sendable (inout SeededRandom) -> Int

    /// Each list catches each person on its own, with the given probabilities.
    static func independent(_ name: String, size: Int, probabilities p: [Double]) -> Scenario {
        Scenario(name: name, size: size, lists: p.count, truth: .independence(lists: p.count)) { rng in
            p.indices.reduce(0) { rng.uniform() < p[$1] ? $0 | 1 << $1 : $0 }
        }
    }

    /// Captures from a log-linear model with pairwise terms: P(pattern) ∝ odds of each list
    /// it contains × the odds ratio of each pair it contains. An odds ratio above 1 is positive
    /// dependence (one agency refers to the other), below 1 negative (they serve different people).
    static func dependent(_ name: String, size: Int, odds: [Double], oddsRatios: [(Int, Int, Double)]) -> Scenario {
        let lists = odds.count
        let weights = (0..<(1 << lists)).map { pattern in
            var w = odds.indices.reduce(1.0) { pattern & (1 << $1) != 0 ? $0 * odds[$1] : $0 }
            for (a, b, ratio) in oddsRatios where pattern & (1 << a) != 0 && pattern & (1 << b) != 0 { w *= ratio }
            return w
        }
        let total = weights.reduce(0, +)
        var running = 0.0
        let cumulative = weights.map { running += $0 / total; return running }
        let truth = LogLinearModel(lists: lists, pairs: oddsRatios.map { ListPair($0.0, $0.1) })
        return Scenario(name: name, size: size, lists: lists, truth: truth) { rng in
            let u = rng.uniform()
            return cumulative.firstIndex { u < $0 } ?? (cumulative.count - 1)
        }
    }

    /// Some persons are easier for every agency to find than others: on the logit scale each
    /// person's catchability is shifted by `spread` × a standard normal draw.
    static func heterogeneous(_ name: String, size: Int, probabilities p: [Double], spread: Double) -> Scenario {
        Scenario(name: name, size: size, lists: p.count) { rng in
            let shift = spread * rng.normal()
            return p.indices.reduce(0) { pattern, list in
                let logit = log(p[list] / (1 - p[list])) + shift
                return rng.uniform() < 1 / (1 + exp(-logit)) ? pattern | 1 << list : pattern
            }
        }
    }

    /// Two kinds of person: a share `easyShare` is `factor` times as catchable on every list.
    static func twoClasses(_ name: String, size: Int, probabilities p: [Double], easyShare: Double, factor: Double) -> Scenario {
        Scenario(name: name, size: size, lists: p.count) { rng in
            let boost = rng.uniform() < easyShare ? factor : 1
            return p.indices.reduce(0) { rng.uniform() < min(1, p[$1] * boost) ? $0 | 1 << $1 : $0 }
        }
    }

    /// The populations the benchmark draws from: 3–5 lists, N from 500 to 5,000.
    static let all: [Scenario] = [
        .independent("3 lists, independent", size: 500, probabilities: [0.30, 0.20, 0.25]),
        .independent("4 lists, independent, sparse", size: 2000, probabilities: [0.10, 0.15, 0.20, 0.08]),
        .independent("5 lists, independent, very sparse", size: 4000, probabilities: [0.03, 0.05, 0.08, 0.12, 0.04]),
        .dependent("3 lists, A–B referral (odds ratio 3)", size: 1000, odds: [0.35, 0.25, 0.30], oddsRatios: [(0, 1, 3)]),
        .dependent("5 lists, A–B ×4, C–D ×0.5", size: 3000, odds: [0.15, 0.12, 0.20, 0.10, 0.08], oddsRatios: [(0, 1, 4), (2, 3, 0.5)]),
        .twoClasses("4 lists, 20% three times as findable", size: 1500, probabilities: [0.15, 0.10, 0.20, 0.12], easyShare: 0.2, factor: 3),
        .heterogeneous("5 lists, logit-normal heterogeneity σ=1", size: 5000, probabilities: [0.10, 0.08, 0.15, 0.12, 0.06], spread: 1),
    ]

    /// One simulated table: every person's lists, tallied by pattern (pattern 0 is dropped).
    func draw(_ rng: inout SeededRandom) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for _ in 0..<size {
            let pattern = capture(&rng)
            if pattern != 0 { counts[pattern, default: 0] += 1 }
        }
        return counts
    }
}
