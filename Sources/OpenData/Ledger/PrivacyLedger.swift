import Cases

/// What has been spent of the privacy budget of one data set, and the cap the administrator set.
///
/// Costs on the same data add up (sequential composition): two tables at ε = 0.5 each cost as
/// much as one at ε = 1, however they are split between releases, pages or API answers. So
/// publishing the same table twice, or answering the same question a hundred times to average
/// the noise away, spends the budget; once it is spent, the ledger refuses.
public struct PrivacyLedger: Sendable, Hashable, Codable {
    /// The data set the budget belongs to, e.g. `victims`.
    public let dataset: String
    /// The most that may ever be spent on it.
    public private(set) var cap: PrivacyCost
    public private(set) var entries: [Entry]

    /// One spending: which release or page used which table, at what cost.
    public struct Entry: Sendable, Hashable, Codable {
        /// The release version, or the page or query that spent it.
        public let spentBy: String
        public let table: String
        public let cost: PrivacyCost
        public let on: CalendarDate

        public init(spentBy: String, table: String, cost: PrivacyCost, on: CalendarDate) {
            self.spentBy = spentBy
            self.table = table
            self.cost = cost
            self.on = on
        }
    }

    public init(dataset: String, cap: PrivacyCost, entries: [Entry] = []) {
        self.dataset = dataset
        self.cap = cap
        self.entries = entries
    }

    /// The total spent so far. A sum beyond exact range counts as the whole cap and more, so a
    /// ledger that cannot add refuses rather than under-counts.
    public var spent: PrivacyCost {
        entries.reduce(PrivacyCost.none) { total, e in total.adding(e.cost) ?? Self.overflow }
    }

    /// What is left under the cap (zero when none).
    public var remaining: PrivacyCost {
        let s = spent
        func minus(_ a: Fraction, _ b: Fraction) -> Fraction {
            guard b < a else { return .zero }
            let n = UInt128(a.numerator) * UInt128(b.denominator) - UInt128(b.numerator) * UInt128(a.denominator)
            let d = UInt128(a.denominator) * UInt128(b.denominator)
            // Both sides are at most 10¹² each, so dividing back down by the gcd is exact.
            var (x, y) = (n, d)
            while y != 0 { (x, y) = (y, x % y) }
            return Fraction(UInt64(n / x), UInt64(d / x)) ?? .zero
        }
        return PrivacyCost(epsilon: minus(cap.epsilon, s.epsilon), delta: minus(cap.delta, s.delta))
    }

    /// Refuses, with the amounts, a spending that would take the total beyond the cap.
    public func check(_ requested: PrivacyCost) throws(OpenDataError) {
        let spent = self.spent
        guard let after = spent.adding(requested), !(cap.epsilon < after.epsilon), !(cap.delta < after.delta) else {
            throw .budgetExceeded(dataset: dataset, spent: spent, requested: requested, cap: cap)
        }
    }

    /// Records the spendings of one release (or page) if, together, they fit under the cap; else
    /// records nothing and throws.
    public mutating func spend(_ spendings: [Entry]) throws(OpenDataError) {
        let total = spendings.reduce(PrivacyCost.none) { $0.adding($1.cost) ?? Self.overflow }
        try check(total)
        entries += spendings
    }

    /// A new cap. It may be raised or lowered, but never below what is already spent: that
    /// privacy is gone.
    public mutating func setCap(_ newCap: PrivacyCost) throws(OpenDataError) {
        let spent = self.spent
        guard !(newCap.epsilon < spent.epsilon), !(newCap.delta < spent.delta) else {
            throw .budgetExceeded(dataset: dataset, spent: spent, requested: .none, cap: newCap)
        }
        cap = newCap
    }

    private static let overflow = PrivacyCost(epsilon: Fraction(Fraction.limit)!, delta: .one)
}
