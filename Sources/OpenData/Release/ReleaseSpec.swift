import Cases

/// What the administrator asks a release to be: its version and date, the k of the record
/// file, the protected tables, and the δ that (ε, δ) statements use.
public struct ReleaseSpec: Sendable, Hashable, Codable {
    /// E.g. `2026.1`: a name that is never reused.
    public let version: String
    public let date: CalendarDate
    /// The data set whose budget the tables spend, e.g. `victims`.
    public let dataset: String
    public let k: Int
    /// The least k a published record file may have: the k ≥ 11, CTDC's own threshold.
    /// (`KAnonymiser` itself accepts down to 5, for analyses that never leave Simpul.)
    public static let minimumK = 11
    /// The share of records the k-anonymous file may suppress rather than generalise further.
    public let maxSuppressedShare: Double
    public let tables: [TableSpec]
    public let delta: Fraction
    /// The years the tables break down by; other years count as unknown.
    public let years: ClosedRange<Int>

    public init(version: String, date: CalendarDate, dataset: String = "victims", k: Int = KAnonymiser.defaultK,
                maxSuppressedShare: Double = 0.05, tables: [TableSpec], delta: Fraction = Fraction(1, 1_000_000)!,
                years: ClosedRange<Int>) {
        self.version = version
        self.date = date
        self.dataset = dataset
        self.k = k
        self.maxSuppressedShare = maxSuppressedShare
        self.tables = tables
        self.delta = delta
        self.years = years
    }

    /// What publishing a release of this spec writes in the ledger: one entry per table.
    public func spendings() throws(OpenDataError) -> [PrivacyLedger.Entry] {
        try tables.map { (t: TableSpec) throws(OpenDataError) in
            PrivacyLedger.Entry(spentBy: "release \(version)", table: t.name, cost: try t.mechanism.cost(delta: delta), on: date)
        }
    }

    /// The tables Simpul's public page draws its figures from, each at `epsilon`.
    public static func standardTables(epsilon: Fraction) -> [TableSpec] {
        [
            TableSpec(name: "victims_by_year_sex", dimensions: [.year, .sex], mechanism: .discreteLaplace(epsilon: epsilon)),
            TableSpec(name: "victims_by_region_exploitation", dimensions: [.region, .exploitation],
                      mechanism: .discreteLaplace(epsilon: epsilon)),
            TableSpec(name: "victims_by_age_group_citizenship", dimensions: [.ageGroup, .citizenship],
                      mechanism: .discreteLaplace(epsilon: epsilon)),
        ]
    }
}
