import Foundation

/// Estimates a `LinkageModel` from unlabelled pairs by expectation–maximisation, as Fellegi and
/// Sunter's method allows: no training labels exist for these agencies' records. Pairs with the
/// same comparison vector are counted together, so each iteration costs the number of distinct
/// vectors, not of pairs.
enum ExpectationMaximisation {
    /// u estimated from pairs drawn at random from all records (almost all non-matches).
    static func randomPairU(_ patterns: [ComparisonVector: Int]) -> [[Double]] {
        LinkageField.allCases.map { f in
            var counts = [Double](repeating: 0.5, count: f.levelCount) // add-half smoothing
            for (v, n) in patterns { if let l = v[f] { counts[l] += Double(n) } }
            return LinkageModel.normalized(counts)
        }
    }

    /// Fits m (and, unless `fixU`, u) for `fields`, and the match share, to the pairs' vectors,
    /// starting from `start`. Fields outside `fields` are left out of the likelihood: in a
    /// training session whose pairs were chosen for agreeing on a field, that field says nothing.
    static func fit(_ patterns: [ComparisonVector: Int], start: LinkageModel, fields: [LinkageField],
                    iterations: Int = 40, fixU: Bool = true, fitM: Bool = true) -> LinkageModel {
        var model = start
        // In a fixed order: a dictionary's order changes from run to run, and so would the
        // last bits of the sums, and with them, rarely, a borderline link.
        let entries = patterns.map { ($0.key, Double($0.value)) }.sorted { $0.0.bits < $1.0.bits }
        for _ in 0..<iterations {
            var mCount = model.m.map { $0.map { _ in 0.01 } }
            var uCount = mCount
            var matchTotal = 0.0, total = 0.0
            for (v, n) in entries {
                var pm = model.matchShare, pu = 1 - model.matchShare
                for f in fields { if let l = v[f] { pm *= model.m[f.rawValue][l]; pu *= model.u[f.rawValue][l] } }
                let p = pm / (pm + pu)
                matchTotal += p * n; total += n
                for f in fields {
                    guard let l = v[f] else { continue }
                    mCount[f.rawValue][l] += p * n
                    uCount[f.rawValue][l] += (1 - p) * n
                }
            }
            for f in fields {
                if fitM { model.m[f.rawValue] = LinkageModel.normalized(mCount[f.rawValue]) }
                if !fixU { model.u[f.rawValue] = LinkageModel.normalized(uCount[f.rawValue]) }
            }
            model.matchShare = min(0.99, max(1e-6, matchTotal / max(total, 1)))
        }
        return model
    }

    /// Levels are ordered from disagreement to agreement, so a closer level must not weigh less
    /// than a farther one. EM on few or selected pairs can break that order (a level that a
    /// session's selection hides); raise m of such a level to its lower neighbour's ratio.
    static func monotone(_ model: LinkageModel) -> LinkageModel {
        var out = model
        for f in LinkageField.allCases where f.levelsAreOrdered {
            var m = out.m[f.rawValue]
            let u = out.u[f.rawValue]
            for k in 1..<m.count where m[k] / u[k] < m[k - 1] / u[k - 1] {
                m[k] = u[k] * m[k - 1] / u[k - 1]
            }
            out.m[f.rawValue] = LinkageModel.normalized(m)
        }
        return out
    }
}
