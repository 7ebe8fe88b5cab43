import Foundation

/// Why two records were (or were not) judged the same person: the level each field reached and
/// the weight it contributed, so that an officer can see that "same NIK, same birth date" carried
/// a link and a common name did not.
public struct MatchExplanation: Sendable, Hashable {
    /// One field's contribution.
    public struct Evidence: Sendable, Hashable {
        public var field: LinkageField
        /// The level reached (0 is the clearest disagreement).
        public var level: Int
        public var levelName: String
        /// log2(m/u), including the term-frequency adjustment.
        public var weight: Double
        /// Whether the field counts for the match (positive weight) rather than against it.
        public var agreed: Bool { weight > 0 }
        /// Whether the weight was adjusted for how common the agreeing value is.
        public var frequencyAdjusted: Bool
    }

    /// Fields both records had, in `LinkageField` order; fields either lacked are absent.
    public var evidence: [Evidence]
    /// The prior weight, log2(λ/(1−λ)), of a blocked pair being a match.
    public var priorWeight: Double
    public var totalWeight: Double
    public var probability: Double

    /// Fields that agreed, as English text with weights ("name: same tokens +9.1; NIK: identical +13.2").
    public var summary: String {
        evidence.map { e in
            "\(e.field): \(e.levelName) \(String(format: "%+.1f", e.weight))"
        }.joined(separator: "; ")
    }

    init(_ c: PairComparison, model: LinkageModel) {
        var ev: [Evidence] = []
        for f in LinkageField.allCases {
            guard let level = c.vector[f] else { continue }
            let share = LinkageModel.share(f, level: level, c)
            ev.append(Evidence(field: f, level: level, levelName: f.levelNames[level],
                               weight: model.weight(f, level: level, c),
                               frequencyAdjusted: share.map { $0 < 1 } ?? false))
        }
        evidence = ev
        priorWeight = model.priorWeight
        totalWeight = model.score(c)
        probability = LinkageModel.probability(weight: totalWeight)
    }
}
