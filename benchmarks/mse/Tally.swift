import Foundation
import Monitoring

/// The intervals one estimate offers, in the order the columns print them.
enum IntervalKind: CaseIterable {
    /// The profile interval given the chosen model.
    case profile
    /// The profile interval at the cutoff the bootstrap calibrated (the default).
    case bootstrap
    /// The percentile interval of the bootstrap's estimates.
    case percentile

    func interval(_ e: MultipleSystemsEstimate) -> ClosedRange<Double>? {
        switch self {
        case .profile: e.totalProfileInterval
        case .bootstrap: e.bootstrap.map { _ in e.totalInterval }
        case .percentile: e.bootstrap.map { e.total($0.percentileInterval) }
        }
    }
}

/// What one scenario's runs add up to under one way of estimating.
struct Tally {
    let truth: Double
    var estimated = 0, failed = 0
    var relativeError = 0.0, absoluteRelativeError = 0.0
    var covered = [Int](repeating: 0, count: IntervalKind.allCases.count)
    var offered = [Int](repeating: 0, count: IntervalKind.allCases.count)
    var unbounded = [Int](repeating: 0, count: IntervalKind.allCases.count)
    /// Finite widths relative to N; the median is printed, because a few runs whose interval
    /// is a hundred times N would make a mean say nothing about the rest.
    var relativeWidths = [[Double]](repeating: [], count: IntervalKind.allCases.count)

    mutating func add(_ e: MultipleSystemsEstimate?) {
        guard let e else { failed += 1; return }
        estimated += 1
        relativeError += (e.total - truth) / truth
        absoluteRelativeError += abs(e.total - truth) / truth
        for (k, kind) in IntervalKind.allCases.enumerated() {
            guard let interval = kind.interval(e) else { continue }
            offered[k] += 1
            if interval.contains(truth) { covered[k] += 1 }
            if interval.upperBound.isFinite {
                relativeWidths[k].append((interval.upperBound - interval.lowerBound) / truth)
            } else {
                unbounded[k] += 1
            }
        }
    }

    /// Coverage counts a run with no estimate as a miss: a user gets no interval then either.
    func line(way: String, seconds: Double) -> String {
        let n = Double(max(estimated, 1))
        var text = " " + way.padding(toLength: 4, withPad: " ", startingAt: 0) + String(format: " %5.0f", truth)
        for k in IntervalKind.allCases.indices {
            text += offered[k] == 0 ? "        —" : String(format: "  %6.1f%%", 100 * Double(covered[k]) / Double(offered[k] + failed))
        }
        text += String(format: "  %+8.1f%%  %8.1f%%", 100 * relativeError / n, 100 * absoluteRelativeError / n)
        for k in [0, 1] {
            let widths = relativeWidths[k].sorted()
            text += widths.isEmpty ? "          —" : String(format: "  %8.1f%%", 100 * widths[widths.count / 2])
        }
        return text + String(format: "  %7d  %9d   (%.1f s)", failed, unbounded[1], seconds)
    }

    static let header = " way      N   profile  bootstr.  percent.  rel.err  |rel.err|  width pr.  width bs.  no est.  unbounded"
}
