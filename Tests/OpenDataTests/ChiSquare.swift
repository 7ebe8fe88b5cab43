import Foundation

/// Pearson's goodness-of-fit statistic for integer samples against a pmf, with tails lumped so
/// every bin expects at least five draws, and the critical value it must stay under.
struct ChiSquare {
    let statistic: Double
    let degreesOfFreedom: Int

    init(samples: [Int], pmf: (Int) -> Double) {
        let n = Double(samples.count)
        var counts: [Int: Int] = [:]
        for x in samples { counts[x, default: 0] += 1 }
        // The central range where each value expects ≥ 5; everything outside goes to two tails.
        var reach = 0
        while n * pmf(reach + 1) >= 5 { reach += 1 }
        var observed: [Double] = [], expected: [Double] = []
        for x in -reach...reach {
            observed.append(Double(counts[x] ?? 0))
            expected.append(n * pmf(x))
        }
        let inside = expected.reduce(0, +)
        let lowObserved = counts.filter { $0.key < -reach }.reduce(0) { $0 + $1.value }
        let highObserved = counts.filter { $0.key > reach }.reduce(0) { $0 + $1.value }
        observed += [Double(lowObserved), Double(highObserved)]
        expected += [(n - inside) / 2, (n - inside) / 2]
        statistic = zip(observed, expected).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / max($1.1, 1e-9) }
        degreesOfFreedom = observed.count - 1
    }

    /// The 99.9th percentile of χ² with these degrees of freedom (Wilson–Hilferty).
    var critical: Double {
        let k = Double(degreesOfFreedom), z = 3.09
        let c = 1 - 2 / (9 * k) + z * (2 / (9 * k)).squareRoot()
        return k * c * c * c
    }

    var fits: Bool { statistic < critical }
}
