import Foundation

/// A Fellegi–Sunter model: for each field and level, the probability of that level among
/// true matches (m) and among non-matches (u), and the share of compared pairs that match.
/// Weights are log2(m/u); for names, birth dates, phones and places that agree, u is replaced
/// by how common the agreeing value is (term-frequency adjustment), so "SITI AMINAH" born on
/// 1 January counts for less than a rare name on an ordinary day.
public struct LinkageModel: Sendable, Codable, Hashable {
    /// m[field][level]
    public var m: [[Double]]
    /// u[field][level]
    public var u: [[Double]]
    /// Prior probability that two records drawn at random are the same person.
    public var matchShare: Double

    /// A starting model: agreement likely among matches, rare among non-matches.
    public static var initial: LinkageModel {
        let fields = LinkageField.allCases
        let m = fields.map { f in (0..<f.levelCount).map { pow(3.0, Double($0)) } }.map(normalized)
        let u = fields.map { f in (0..<f.levelCount).map { pow(0.25, Double($0)) } }.map(normalized)
        return LinkageModel(m: m, u: u, matchShare: 0.1)
    }

    public init(m: [[Double]], u: [[Double]], matchShare: Double) {
        self.m = m; self.u = u; self.matchShare = matchShare
    }

    /// A model stored before a field was added gets that field with equal m and u: it weighs
    /// nothing until the model is estimated again.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        m = try c.decode([[Double]].self, forKey: .m)
        u = try c.decode([[Double]].self, forKey: .u)
        matchShare = try c.decode(Double.self, forKey: .matchShare)
        guard m.count == u.count, m.count <= LinkageField.allCases.count,
              zip(m, LinkageField.allCases).allSatisfy({ $0.count == $1.levelCount }),
              zip(u, LinkageField.allCases).allSatisfy({ $0.count == $1.levelCount }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                debugDescription: "a linkage model's levels do not match its fields"))
        }
        for f in LinkageField.allCases.dropFirst(m.count) {
            let even = [Double](repeating: 1 / Double(f.levelCount), count: f.levelCount)
            m.append(even); u.append(even)
        }
    }

    static func normalized(_ v: [Double]) -> [Double] {
        let s = v.reduce(0, +)
        return v.map { $0 / s }
    }

    /// Weight of the prior odds, log2(λ / (1 − λ)). It grows more negative with the number of
    /// records: among more records, more strangers agree by chance.
    public var priorWeight: Double { log2(matchShare / (1 - matchShare)) }

    /// The weight of one field at one level, with a term-frequency share when the level is
    /// an agreement on a value (nil share: no adjustment). The adjustment is bounded so one
    /// rare value cannot outweigh everything else.
    func weight(_ field: LinkageField, level: Int, share: Double? = nil) -> Double {
        let mm = max(m[field.rawValue][level], 1e-6), uu = max(u[field.rawValue][level], 1e-9)
        var w = log2(mm / uu)
        if let s = share, s < 1 {
            let adjustment = log2(uu / max(s, 1e-7))
            w += min(max(adjustment, -6), 8)
        }
        return w
    }

    /// Total match weight of a comparison (prior included) and its parts.
    func score(_ c: PairComparison) -> Double {
        var total = priorWeight
        for f in LinkageField.allCases {
            guard let level = c.vector[f] else { continue }
            total += weight(f, level: level, c)
        }
        return total
    }

    /// The weight of one field of a comparison, with the adjustments that apply to it.
    func weight(_ f: LinkageField, level: Int, _ c: PairComparison) -> Double {
        let w = weight(f, level: level, share: Self.share(f, level: level, c))
        switch Self.dependence(f, level: level, c) {
        case .independent: return w
        case .none: return 0
        case .noAgreement: return min(w, 0)
        case .noDisagreement: return max(w, 0)
        }
    }

    /// How much of a field's weight is news once the other fields are known. The model takes
    /// fields as independent; for a few pairs of fields that is plainly false, and counting
    /// both would count one fact twice.
    enum Dependence { case independent, none, noAgreement, noDisagreement }

    static func dependence(_ f: LinkageField, level: Int, _ c: PairComparison) -> Dependence {
        let name = c.vector[.name], date = c.vector[.birthDate]
        let namesAgree = (name ?? 0) >= 2
        switch f {
        case .sex where (name ?? 0) >= 3:
            // Indonesian given names are male or female: when the same name is coded with
            // another sex, one of the codes is far more likely a slip than the name a namesake's.
            return .noDisagreement
        case .phone, .birthPlace, .region, .nik where level == 1:
            // A household shares a phone, a birthplace and the kecamatan of its NIKs (registered
            // together). When neither the name nor the birth date agrees, these say "same
            // family", not "same person".
            if let n = name, n <= 1, let d = date, d <= 1 { return .noAgreement }
            return .independent
        case .birthDate where namesAgree:
            // A NIK encodes its holder's birth date, so two NIKs from different places already
            // disagree on it: a second set of papers (age falsified for work abroad) brings
            // both at once. (Within one kecamatan the date is what tells namesakes apart.)
            if c.vector[.nik] == 0 { return .noDisagreement }
            return .independent
        default:
            return .independent
        }
    }

    /// The term-frequency share that applies to a field at a level, if any.
    static func share(_ f: LinkageField, level: Int, _ c: PairComparison) -> Double? {
        switch f {
        case .name where level >= 2: c.nameShare
        case .birthDate where level == ComparisonContext.identicalDate: c.dateShare
        case .phone where level == 2: c.phoneShare
        case .birthPlace where level == 2: c.placeShare
        case .region where level == 1: c.regionShare
        default: nil
        }
    }

    /// Probability of a match for a total weight.
    public static func probability(weight: Double) -> Double {
        let o = pow(2.0, weight)
        return o / (1 + o)
    }
}
