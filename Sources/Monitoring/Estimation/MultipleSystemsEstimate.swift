import Coordination
import Foundation

/// An estimate of the victims nobody detected (multiple systems estimation, the method UNODC
/// piloted for SDG 16.2.2): from how the agencies' lists of the same persons overlap, a
/// log-linear model says how many persons are likely on no list at all.
///
/// Never a bare count: it carries its 95% interval, the model it rests on, every model tried,
/// the warnings and the assumptions in words. Show `summary`, not `total` alone.
public struct MultipleSystemsEstimate: Sendable {
    public let histories: CaptureHistories
    /// Distinct persons on at least one list.
    public var observed: Int { histories.observed }
    /// Point estimate of persons on no list (the "dark figure").
    public let unobserved: Double
    /// 95% profile-likelihood interval for the persons on no list; the upper end may be +∞.
    public let unobservedInterval: ClosedRange<Double>
    public let confidenceLevel = 0.95
    public let criterion: InformationCriterion
    public let chosen: ModelFit
    /// Every model fitted or set aside during the search, in the order tried.
    public let models: [ModelFit]
    public let warnings: [EstimationWarning]
    public var assumptions: [CodeLabel] { EstimationAssumptions.all }

    /// Point estimate of all persons, detected or not.
    public var total: Double { Double(observed) + unobserved }
    public var totalInterval: ClosedRange<Double> {
        (Double(observed) + unobservedInterval.lowerBound)...(Double(observed) + unobservedInterval.upperBound)
    }

    /// Chooses a model by `criterion` and estimates under it.
    ///
    /// AIC is the default because the aim is to predict one cell, not to find the true model:
    /// leaving out a real dependence between lists biases the estimate and makes the interval
    /// (which is conditional on the model) miss, while a needless term only widens it. BIC's
    /// penalty, log n per term with n in the thousands, is about 4× AIC's; SparseMSE's stepwise
    /// p < 0.02 threshold lies between the two. The benchmark (`benchmarks/mse`) bears this out:
    /// where captures really follow a pairwise model BIC covers a little more often (90–95%
    /// against AIC's 87–92%), but when some persons are easier for every agency to find, as
    /// victims are, BIC's coverage collapses (2% and 26%) while AIC keeps 54% and 82%.
    public static func fit(_ histories: CaptureHistories, criterion: InformationCriterion = .aic) throws(EstimationError) -> MultipleSystemsEstimate {
        let search = ModelSearch.stepwise(histories, by: criterion)
        guard let chosen = search.chosen else { throw .noModelCanBeFitted }
        return estimate(histories, chosen: chosen, models: search.tried, criterion: criterion)
    }

    /// Estimates under one given model, e.g. to compare with a published analysis.
    public static func fit(_ histories: CaptureHistories, model: LogLinearModel) throws(EstimationError) -> MultipleSystemsEstimate {
        let fit = ModelFit.fitting(model, to: histories)
        guard fit.status == .fitted else { throw .modelCannotBeFitted(terms: fit.terms, fit.status) }
        return estimate(histories, chosen: fit, models: [fit], criterion: .aic)
    }

    private static func estimate(_ histories: CaptureHistories, chosen: ModelFit, models: [ModelFit],
                                 criterion: InformationCriterion) -> MultipleSystemsEstimate {
        let unobserved = chosen.unobserved ?? 0
        var profile = ProfileLikelihood(model: chosen.model, histories: histories)
        let totalInterval = profile.interval95(around: Double(histories.observed) + unobserved)
        let n = Double(histories.observed)
        let interval = max(0, totalInterval.lowerBound - n)...max(unobserved, totalInterval.upperBound - n)
        return MultipleSystemsEstimate(
            histories: histories, unobserved: unobserved, unobservedInterval: interval, criterion: criterion,
            chosen: chosen, models: models,
            warnings: EstimationWarning.about(histories, chosen: chosen, models: models, upperBound: interval.upperBound))
    }
}

extension EstimationWarning {
    static func about(_ histories: CaptureHistories, chosen: ModelFit, models: [ModelFit], upperBound: Double) -> [EstimationWarning] {
        var warnings: [EstimationWarning] = []
        let names = histories.listNames
        if histories.listCount == 2 { warnings.append(.onlyTwoLists) }
        let apart = ListPair.all(lists: histories.listCount).filter { histories.personsOnBoth($0.first, $0.second) == 0 }
        if !apart.isEmpty { warnings.append(.listsWithoutOverlap(apart.map { "\(names[$0.first])–\(names[$0.second])" })) }
        let onSeveral = histories.counts.indices.filter { ($0 + 1).nonzeroBitCount > 1 }.reduce(0) { $0 + histories.counts[$1] }
        // Below about 20 linked persons the overlaps are too few to say much about dependence.
        if onSeveral < 20 { warnings.append(.fewOverlaps(onSeveral)) }
        let setAside = models.filter { $0.status != .fitted }.count
        if setAside > 0 { warnings.append(.modelsSetAside(setAside)) }
        if chosen.degreesOfFreedom == 0 {
            warnings.append(.saturatedModel)
        } else if let p = chosen.goodnessOfFitPValue, let deviance = chosen.deviance, p < 0.05 {
            warnings.append(.poorFit(deviance: deviance, degreesOfFreedom: chosen.degreesOfFreedom, pValue: p))
        }
        if upperBound.isInfinite { warnings.append(.noUpperLimit) }
        return warnings
    }
}

extension ListPair {
    static func all(lists: Int) -> [ListPair] { LogLinearModel.independence(lists: lists).pairsNotIn }
}
