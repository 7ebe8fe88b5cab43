import Foundation

/// How the whole procedure — choose a model by the criterion, then fit it — behaves on tables
/// simulated from the model it chose: a parametric bootstrap (Chan, Silverman & Vincent 2021,
/// §3.3; Silverman, Chan & Vincent 2023, "Bootstrapping multiple systems estimates to account
/// for model selection"). The profile interval alone is conditional on the chosen model and
/// covers the truth too seldom when the model was chosen from the same data.
///
/// Each replicate puts N̂ persons (the estimate, rounded) into the 2^L cells with the chosen
/// model's probabilities, hides those on no list, and repeats the choice and the fit. N̂ is the
/// truth of that simulated world, so the replicates show both how far the estimates scatter and
/// how often a profile interval from a model chosen afresh would miss.
public struct SelectionBootstrap: Sendable, Hashable {
    public let replicates: Int
    public let seed: UInt64
    /// Replicates where no model could be fitted (some lists share nobody); they count as
    /// estimates with no upper limit, and as misses of the likelihood-ratio cutoff.
    public let failed: Int
    /// Share of replicates that chose the same model as the data did: low values say the
    /// choice itself is uncertain.
    public let sameModelShare: Double
    /// The 2.5% and 97.5% points of the replicates' estimates of the total, less the persons
    /// observed: the plain percentile interval for the unobserved.
    public let percentileInterval: ClosedRange<Double>
    /// The 95th percentile of the replicates' likelihood-ratio statistics at the simulated
    /// truth, never below χ²₁'s 3.84: the cutoff at which a profile interval after choosing a
    /// model covers the truth in 95% of the simulated tables.
    public let cutoff: Double

    /// One replicate: the estimate of the total and the likelihood-ratio statistic at the
    /// simulated truth (both +∞ when nothing could be fitted), and whether the model was the same.
    struct Replicate {
        var total = Double.infinity, ratio = Double.infinity, sameModel = false
    }

    static func run(_ histories: CaptureHistories, chosen: ModelFit, criterion: InformationCriterion,
                    replicates: Int, seed: UInt64) -> SelectionBootstrap? {
        guard replicates > 0, let world = SimulatedWorld(histories, model: chosen.model) else { return nil }
        // Both cores when there are two: a six-list table takes about 1 s on one.
        let original = chosen.model
        let results = concurrentMap(count: replicates) { index -> Replicate in
            var rng = SeededRandom(seed: seed, stream: index)
            return world.replicate(&rng, criterion: criterion, original: original)
        }
        let totals = results.map(\.total).sorted()
        let n = Double(histories.observed)
        let lower = max(0, quantile(totals, 0.025) - n), upper = quantile(totals, 0.975) - n
        return SelectionBootstrap(
            replicates: replicates, seed: seed,
            failed: results.count { $0.total == .infinity },
            sameModelShare: Double(results.count(where: \.sameModel)) / Double(replicates),
            percentileInterval: lower...max(lower, upper),
            cutoff: max(ProfileLikelihood.chiSquare95, quantile(results.map(\.ratio).sorted(), 0.95)))
    }

    /// Linear interpolation between order statistics (R's type 7); +∞ once an infinite value is involved.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let i = Int(h.rounded(.down)), j = min(i + 1, sorted.count - 1)
        guard sorted[j].isFinite else { return sorted[i].isFinite && h == Double(i) ? sorted[i] : .infinity }
        return sorted[i] + (h - Double(i)) * (sorted[j] - sorted[i])
    }
}

/// The world the replicates are drawn from: the chosen model's cell probabilities, and N̂.
private struct SimulatedWorld {
    let lists: [String]
    let persons: Int
    let probabilities: [Double]

    init?(_ histories: CaptureHistories, model: LogLinearModel) {
        guard let fit = PoissonFit.fit(design: model.observedDesign, counts: histories.counts.map(Double.init))
        else { return nil }
        let expected = (0..<(1 << model.lists)).map { exp(Matrix.times([model.row($0)], fit.coefficients)[0]) }
        let total = expected.reduce(0, +)
        guard total.isFinite, total < Double(Int.max / 2) else { return nil }
        lists = histories.listNames
        persons = Int(total.rounded())
        probabilities = expected.map { $0 / total }
    }

    func replicate(_ rng: inout SeededRandom, criterion: InformationCriterion, original: LogLinearModel) -> SelectionBootstrap.Replicate {
        let cells = rng.multinomial(persons, probabilities: probabilities)
        let table = CaptureHistories(simulatedFrom: lists, counts: Array(cells.dropFirst()))
        guard let chosen = ModelSearch.stepwise(table, by: criterion).chosen, let unobserved = chosen.unobserved
        else { return .init() }
        let total = Double(table.observed) + unobserved
        var profile = ProfileLikelihood(model: chosen.model, histories: table)
        return .init(total: total, ratio: profile.ratioStatistic(at: Double(persons), estimate: total),
                     sameModel: chosen.model == original)
    }
}
