import Foundation

/// How models are compared. Both are computed for every model fitted; one steers the choice.
public enum InformationCriterion: String, Sendable, Hashable, CaseIterable, Codable {
    /// Akaike: −2 log L + 2 p.
    case aic
    /// Bayesian (Schwarz): −2 log L + p log n, n = persons observed.
    case bic
}

/// One row of the table of models tried: what was fitted and how well, or why it was set aside.
public struct ModelFit: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable {
        case fitted
        /// Some interaction's estimate runs off to −∞ given the zero cells (Fienberg & Rinaldo).
        case mleDoesNotExist = "mle_does_not_exist"
        /// More parameters than the table can tell apart (always so for a pair term with 2 lists).
        case notIdentifiable = "not_identifiable"
    }

    public let model: LogLinearModel
    /// The interaction terms with the lists' names, "independence" when there are none.
    public let terms: String
    public let status: Status
    /// Cells 2^L − 1 minus parameters.
    public let degreesOfFreedom: Int
    /// The rest is nil unless `status == .fitted`.
    public let deviance: Double?
    public let aic: Double?
    public let bic: Double?
    /// The estimate of persons on no list under this model (not an interval: that is worked
    /// out for the chosen model only).
    public let unobserved: Double?
    /// The fitted log-linear parameters, in the order of `LogLinearModel.row`: a start for
    /// fitting the same model with one more pair.
    let coefficients: [Double]?

    public func score(_ criterion: InformationCriterion) -> Double? { criterion == .aic ? aic : bic }

    /// P(G² at least this large) if the model were right; small values say it fits badly.
    public var goodnessOfFitPValue: Double? {
        deviance.map { ChiSquare.upperTail($0, degreesOfFreedom: degreesOfFreedom) }
    }

    /// Checks existence, then fits by maximum likelihood, starting from `smaller`'s parameters
    /// (0 for its missing pairs) when given: a few Newton steps instead of a dozen.
    static func fitting(_ model: LogLinearModel, to histories: CaptureHistories, from smaller: ModelFit? = nil) -> ModelFit {
        let design = model.observedDesign
        let counts = histories.counts.map(Double.init)
        let terms = model.describe(histories.listNames)
        let df = histories.patternCount - model.parameterCount
        let verdict = df < 0 ? .notIdentifiable : Existence.check(design: design, counts: counts)
        func setAside(_ status: Status) -> ModelFit {
            ModelFit(model: model, terms: terms, status: status, degreesOfFreedom: df,
                     deviance: nil, aic: nil, bic: nil, unobserved: nil, coefficients: nil)
        }
        switch verdict {
        case .notIdentifiable: return setAside(.notIdentifiable)
        case .mleDoesNotExist: return setAside(.mleDoesNotExist)
        case .fits: break
        }
        let start = smaller.flatMap { small in small.coefficients.map { model.start(from: $0, of: small.model) } }
        guard let fit = PoissonFit.fit(design: design, counts: counts, start: start)
                ?? (start == nil ? nil : PoissonFit.fit(design: design, counts: counts))
        else { return setAside(.mleDoesNotExist) }
        let p = Double(model.parameterCount)
        return ModelFit(model: model, terms: terms, status: .fitted, degreesOfFreedom: df,
                        deviance: fit.deviance,
                        aic: -2 * fit.logLikelihood + 2 * p,
                        bic: -2 * fit.logLikelihood + p * log(Double(histories.observed)),
                        unobserved: exp(fit.coefficients[0]), coefficients: fit.coefficients)
    }
}
