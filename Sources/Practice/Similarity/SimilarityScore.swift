/// The similarity of two cases: over the features both state, the weighted share that agree, in
/// thousandths. A feature either side leaves unknown neither adds nor takes away. Lists compare
/// by overlap (shared codes over all codes named), so sharing one of two means counts half.
enum SimilarityScore {
    /// Thousandths of agreement, and the total weight of the features compared.
    static func score(_ a: FactFeatures, _ b: FactFeatures) -> (perMille: Int, comparedWeight: Int) {
        let both = a.known & b.known
        var total = 0
        var weight = 0
        for f in Feature.allCases where both & f.bit != 0 {
            let w = f.weight
            weight += w
            total += w * agreement(f, a, b)
        }
        return (weight == 0 ? 0 : total / weight, weight)
    }

    /// Agreement on one feature both sides state, 0…1000.
    static func agreement(_ f: Feature, _ a: FactFeatures, _ b: FactFeatures) -> Int {
        switch f {
        case .exploitation: overlap(a.types, b.types)
        case .acts: overlap(a.acts, b.acts)
        case .means: overlap(a.means, b.means)
        case .harms: overlap(a.harms, b.harms)
        case .stage: a.stage == b.stage ? 1000 : 0
        case .destination: a.destination == b.destination ? 1000 : 0
        case .child, .crossBorder, .stateOfficial, .corporation, .organizedGroup, .compelledToOffend:
            (a.yes ^ b.yes) & f.bit == 0 ? 1000 : 0
        }
    }

    /// Two empty lists agree: both say "none".
    private static func overlap(_ x: UInt16, _ y: UInt16) -> Int {
        let union = (x | y).nonzeroBitCount
        return union == 0 ? 1000 : (x & y).nonzeroBitCount * 1000 / union
    }
}
