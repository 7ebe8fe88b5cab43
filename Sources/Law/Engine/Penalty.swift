/// A statutory penalty range. `nil` is a bound the law does not set. Prison is in years
/// (a third added can give fractions, rounded to two decimals); fines in whole rupiah.
public struct Penalty: Sendable, Hashable, Encodable {
    public var prisonYearsMin: Double?
    public var prisonYearsMax: Double?
    /// Life imprisonment (seumur hidup) is the maximum.
    public var life: Bool
    public var fineMinRp: Int?
    public var fineMaxRp: Int?
    /// Prison and fine together (`true`), or as alternatives (`false`).
    public var cumulative: Bool

    public init(prisonYearsMin: Double?, prisonYearsMax: Double?, life: Bool = false,
                fineMinRp: Int?, fineMaxRp: Int?, cumulative: Bool) {
        self.prisonYearsMin = prisonYearsMin
        self.prisonYearsMax = prisonYearsMax
        self.life = life
        self.fineMinRp = fineMinRp
        self.fineMaxRp = fineMaxRp
        self.cumulative = cumulative
    }

    /// The range with `thirds` thirds added ("ditambah sepertiga"), to the maximum only or to
    /// both bounds. A life maximum stays life. Which reading is right is unsettled (legal-facts 2.4).
    func addingThirds(_ thirds: Int, toMinimum: Bool) -> Penalty {
        func years(_ y: Double?) -> Double? {
            y.map { ($0 * Double(3 + thirds) / 3 * 100).rounded() / 100 }
        }
        func rupiah(_ r: Int?) -> Int? { r.map { $0 * (3 + thirds) / 3 } }
        var p = self
        p.prisonYearsMax = life ? prisonYearsMax : years(prisonYearsMax)
        p.fineMaxRp = rupiah(fineMaxRp)
        if toMinimum {
            p.prisonYearsMin = years(prisonYearsMin)
            p.fineMinRp = rupiah(fineMinRp)
        }
        return p
    }

    /// Orders penalties by gravity: life, then the prison maximum, then the prison minimum,
    /// then prison and fine together, then the fine maximum.
    func isGraver(than other: Penalty) -> Bool {
        func key(_ p: Penalty) -> (Int, Double, Double, Int, Int) {
            (p.life ? 1 : 0, p.prisonYearsMax ?? 0, p.prisonYearsMin ?? 0, p.cumulative ? 1 : 0, p.fineMaxRp ?? 0)
        }
        return key(self) > key(other)
    }

    // Explicit nulls: the contract says a bound the law does not set is `null`, not absent.
    enum CodingKeys: String, CodingKey {
        case prisonYearsMin, prisonYearsMax, life, fineMinRp, fineMaxRp, cumulative
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(prisonYearsMin, forKey: .prisonYearsMin)
        try c.encode(prisonYearsMax, forKey: .prisonYearsMax)
        try c.encode(life, forKey: .life)
        try c.encode(fineMinRp, forKey: .fineMinRp)
        try c.encode(fineMaxRp, forKey: .fineMaxRp)
        try c.encode(cumulative, forKey: .cumulative)
    }
}

extension Penalty {
    /// Rp1 juta (million) and Rp1 miliar (billion), for writing amounts as the statute does.
    static let juta = 1_000_000
    static let miliar = 1_000_000_000

    /// UU 21/2007 Pasal 2–6: 3–15 years and Rp120–600 juta.
    static let uu21Core = Penalty(prisonYearsMin: 3, prisonYearsMax: 15, fineMinRp: 120 * juta, fineMaxRp: 600 * juta, cumulative: true)
}
