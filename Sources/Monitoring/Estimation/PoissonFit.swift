import Foundation

/// A Poisson log-linear model fitted by maximum likelihood (Newton–Raphson, which for the log
/// link is the same as iteratively reweighted least squares).
struct PoissonFit: Sendable {
    let coefficients: [Double]
    let fitted: [Double]
    /// The full Poisson log-likelihood, log y! terms included, so AIC/BIC match other software.
    let logLikelihood: Double
    /// G² against the saturated model over the same cells.
    let deviance: Double

    /// Fits `counts ~ Poisson(exp(design·β))`; nil when the information matrix is singular or
    /// the iteration does not settle (callers check existence first, so this is rare).
    static func fit(design: [[Double]], counts: [Double], start: [Double]? = nil) -> PoissonFit? {
        let p = design[0].count
        guard var beta = start ?? startingValues(design: design, counts: counts) else { return nil }
        var eta = Matrix.times(design, beta)
        var ll = logLikelihood(counts, eta)
        for _ in 0..<200 {
            // The information matrix is kept flat (row-major): nested arrays cost a uniqueness
            // check on every write, which was a tenth of the bootstrap's time.
            var score = [Double](repeating: 0, count: p)
            var info = [Double](repeating: 0, count: p * p)
            for (i, row) in design.enumerated() {
                let mu = exp(eta[i]), r = counts[i] - mu
                for a in 0..<p where row[a] != 0 {
                    score[a] += row[a] * r
                    for b in 0...a where row[b] != 0 { info[a * p + b] += row[a] * row[b] * mu }
                }
            }
            guard let step = Matrix.solveSymmetric(lower: info, score) else { return nil }
            // Step halving keeps every iteration uphill, which a pure Newton step on exp() need not be.
            var t = 1.0, next = beta, nextEta = eta, nextLL = -Double.infinity
            while t > 1e-8 {
                next = zip(beta, step).map { $0 + t * $1 }
                nextEta = Matrix.times(design, next)
                nextLL = logLikelihood(counts, nextEta)
                if nextLL >= ll - 1e-12 * abs(ll) { break }
                t /= 2
            }
            let settled = abs(nextLL - ll) <= 1e-11 * (abs(ll) + 1) && step.allSatisfy { abs($0) * t < 1e-7 }
            (beta, eta, ll) = (next, nextEta, nextLL)
            if settled { return make(beta, eta, counts) }
        }
        return nil
    }

    /// Least squares of log(y + ½) on the design: close enough that Newton needs a few steps.
    private static func startingValues(design: [[Double]], counts: [Double]) -> [Double]? {
        let p = design[0].count
        var xtx = [Double](repeating: 0, count: p * p)
        var xty = [Double](repeating: 0, count: p)
        for (row, y) in zip(design, counts) {
            let z = log(y + 0.5)
            for a in 0..<p where row[a] != 0 {
                xty[a] += row[a] * z
                for b in 0...a where row[b] != 0 { xtx[a * p + b] += row[a] * row[b] }
            }
        }
        return Matrix.solveSymmetric(lower: xtx, xty)
    }

    static func logLikelihood(_ counts: [Double], _ eta: [Double]) -> Double {
        var sum = 0.0
        for (y, e) in zip(counts, eta) {
            let observedPart: Double = y > 0 ? y * e : 0
            sum += observedPart - exp(e) - lgamma(y + 1)
        }
        return sum
    }

    private static func make(_ beta: [Double], _ eta: [Double], _ counts: [Double]) -> PoissonFit {
        let mu = eta.map { exp($0) }
        var deviance = 0.0
        for (y, m) in zip(counts, mu) {
            let logRatio: Double = y > 0 ? y * log(y / m) : 0
            deviance += 2 * (logRatio - (y - m))
        }
        return PoissonFit(coefficients: beta, fitted: mu, logLikelihood: logLikelihood(counts, eta),
                          deviance: max(0, deviance))
    }
}
