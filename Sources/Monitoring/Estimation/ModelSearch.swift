/// Forward stepwise choice among pairwise models, the way SparseMSE's `stepwisefit` walks
/// (Chan, Silverman & Vincent 2019), scored by an information criterion instead of its
/// p-value threshold: start from independence; at each step add the one pair that lowers the
/// criterion most; stop when no pair lowers it. Models that cannot be fitted are kept in the
/// table with their reason and never chosen.
///
/// Stepwise rather than all 2^(L(L−1)/2) subsets because 8 lists give 2^28 subsets; with at
/// most 28 steps of at most 28 fits it stays quick for any table this type accepts.
enum ModelSearch {
    static func stepwise(_ histories: CaptureHistories, by criterion: InformationCriterion)
        -> (chosen: ModelFit?, tried: [ModelFit]) {
        var tried: [ModelFit] = []
        var current = ModelFit.fitting(.independence(lists: histories.listCount), to: histories)
        tried.append(current)
        guard var currentScore = current.score(criterion) else { return (nil, tried) }
        while true {
            let candidates = current.model.pairsNotIn.map { ModelFit.fitting(current.model.adding($0), to: histories, from: current) }
            tried += candidates
            let best = candidates.compactMap { fit in fit.score(criterion).map { (fit, $0) } }.min { $0.1 < $1.1 }
            guard let (fit, score) = best, score < currentScore else { return (current, tried) }
            (current, currentScore) = (fit, score)
        }
    }
}
