import Foundation
import Monitoring

/// What one scenario's runs add up to under one criterion.
struct Tally {
    let truth: Double
    var estimated = 0, covered = 0, unbounded = 0, failed = 0
    var relativeError = 0.0, absoluteRelativeError = 0.0, relativeWidth = 0.0

    mutating func add(_ e: MultipleSystemsEstimate) {
        estimated += 1
        if e.totalInterval.contains(truth) { covered += 1 }
        relativeError += (e.total - truth) / truth
        absoluteRelativeError += abs(e.total - truth) / truth
        if e.totalInterval.upperBound.isFinite {
            relativeWidth += (e.totalInterval.upperBound - e.totalInterval.lowerBound) / truth
        } else {
            unbounded += 1
        }
    }

    /// Coverage counts a run with no estimate as a miss: a user gets no interval then either.
    func line(way: String, seconds: Double) -> String {
        let runs = Double(estimated + failed), n = Double(max(estimated, 1))
        return " " + way.padding(toLength: 4, withPad: " ", startingAt: 0) + String(format: " %5.0f  %7.1f%%  %+11.1f%%  %13.1f%%  %9.1f%%  %7d  %9d   (%.1f s)",
                      truth, 100 * Double(covered) / runs,
                      100 * relativeError / n, 100 * absoluteRelativeError / n,
                      100 * relativeWidth / Double(max(estimated - unbounded, 1)), failed, unbounded, seconds)
    }
}
