import Foundation

/// The profile likelihood of the total N under one model (Cormack 1992, as in Rcapture's
/// profile intervals): for a trial N, put N − n persons in the unobserved cell, fit the model
/// to the completed table, and score the table as one multinomial draw of N persons. Unlike a
/// normal approximation around the estimate, the interval this gives is lopsided the way the
/// uncertainty is (far more room above than below) and never goes under the n already seen.
struct ProfileLikelihood {
    let design: [[Double]]
    let observedCounts: [Double]
    let observed: Double
    private var lastCoefficients: [Double]?

    init(model: LogLinearModel, histories: CaptureHistories) {
        design = (0..<(1 << model.lists)).map(model.row)
        observedCounts = histories.counts.map(Double.init)
        observed = Double(histories.observed)
    }

    /// log L(N), dropping terms that do not depend on N; −∞ if the completed table cannot be fitted.
    mutating func logLikelihood(total: Double) -> Double {
        let counts = [total - observed] + observedCounts
        guard let fit = PoissonFit.fit(design: design, counts: counts, start: lastCoefficients)
                ?? PoissonFit.fit(design: design, counts: counts) else { return -.infinity }
        lastCoefficients = fit.coefficients
        let fittedTotal = fit.fitted.reduce(0, +)
        let cells = zip(counts, fit.fitted).reduce(0) { sum, cell in
            cell.0 > 0 ? sum + cell.0 * log(cell.1 / fittedTotal) : sum
        }
        return lgamma(total + 1) - lgamma(total - observed + 1) + cells
    }

    /// χ²₁'s 95% point: the cutoff of the plain profile interval.
    static let chiSquare95 = 3.841458820694124

    /// The totals whose likelihood-ratio statistic 2·(log L(best) − log L(N)) is at most
    /// `cutoff` (χ²₁'s 95% point unless a bootstrap has calibrated it); the upper end is +∞
    /// when the likelihood has not fallen that far by a million times n.
    mutating func interval(around estimate: Double, cutoff: Double = chiSquare95) -> ClosedRange<Double> {
        guard cutoff.isFinite else { return observed...Double.infinity }
        let floor = observed + 1e-9
        let best = maximum(near: estimate, floor: floor)
        let target = best.value - cutoff / 2
        let lower = logLikelihood(total: floor) >= target
            ? observed : crossing(from: best.total, to: floor, target: target)
        var far = best.total + max(1, best.total - observed)
        while logLikelihood(total: far) > target {
            if far - observed > 1e6 * max(observed, 1) { return lower...Double.infinity }
            far = observed + 2 * (far - observed)
        }
        return lower...crossing(from: best.total, to: far, target: target)
    }

    /// 2·(log L(estimate) − log L(total)): how far `total` is from the Poisson estimate, in the
    /// units the cutoff is in. The multinomial maximum lies within a person or so of the
    /// estimate, where the likelihood is flat, so the search for it is not worth its 30 fits.
    mutating func ratioStatistic(at total: Double, estimate: Double) -> Double {
        let best = logLikelihood(total: estimate)
        let atTotal = logLikelihood(total: max(total, observed))
        return atTotal == -.infinity ? .infinity : max(0, 2 * (best - atTotal))
    }

    /// The multinomial maximum lies within a person or so of the Poisson estimate: a short
    /// golden-section search around it.
    private mutating func maximum(near estimate: Double, floor: Double) -> (total: Double, value: Double) {
        let spread = 2 + 0.02 * (estimate - observed)
        var a = max(floor, estimate - spread), b = estimate + spread
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = logLikelihood(total: c), fd = logLikelihood(total: d)
        for _ in 0..<24 {
            if fc >= fd { (b, d, fd) = (d, c, fc); c = b - ratio * (b - a); fc = logLikelihood(total: c) }
            else { (a, c, fc) = (c, d, fd); d = a + ratio * (b - a); fd = logLikelihood(total: d) }
        }
        let atEstimate = logLikelihood(total: estimate)
        return max(fc, fd) > atEstimate ? (fc >= fd ? (c, fc) : (d, fd)) : (estimate, atEstimate)
    }

    /// Bisection for where the likelihood falls to `target` between `inside` and `outside`.
    private mutating func crossing(from inside: Double, to outside: Double, target: Double) -> Double {
        var (i, o) = (inside, outside)
        while abs(o - i) > 1e-4 * max(1, abs(i - observed)) && abs(o - i) > 1e-6 {
            let mid = (i + o) / 2
            if logLikelihood(total: mid) >= target { i = mid } else { o = mid }
        }
        return (i + o) / 2
    }
}
